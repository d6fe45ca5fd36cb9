import DoppelCLI
import DoppelPOSIX

let status = DoppelCommandLine.run(Array(CommandLine.arguments.dropFirst()))
CurrentProcess.exit(status.rawValue)
