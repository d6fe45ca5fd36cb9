import DoppelCLI
