using Book.Cli;

return Commands.Run(args);
