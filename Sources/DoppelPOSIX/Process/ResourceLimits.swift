import Glibc

extension CurrentProcess {
    /// Caps this process's address space at `bytes` (`RLIMIT_AS`, soft and hard):
    /// past it an allocation fails, and the Swift runtime stops the process.
    /// A worker calls it on itself before it takes a job, so a job that needs
    /// more memory than `--worker-memory-mb` ends that worker, not the machine.
    public static func limitAddressSpace(bytes: Int) throws {
        var limit = rlimit(rlim_cur: rlim_t(bytes), rlim_max: rlim_t(bytes))
        guard setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit) == 0 else { throw SystemError("setrlimit(RLIMIT_AS)") }
    }

}
