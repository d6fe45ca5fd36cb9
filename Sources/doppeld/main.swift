import DoppelServer

DaemonMain.run(arguments: Array(CommandLine.arguments.dropFirst()))
