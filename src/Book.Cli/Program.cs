using Book.Cli;

AddressSpace.FitToLimit();
return Commands.Run(args);
