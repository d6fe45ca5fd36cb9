// DoppelClient: see ../../shared/STYLE.md and Package.swift for this module's job.
