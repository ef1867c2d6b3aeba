namespace Book.Tests;

/// <summary>Runs the `book` command in-process, as a user would from a shell, capturing its output.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(params string[] args)
    {
        var stdout = new StringWriter(); var stderr = new StringWriter();
        int code = Book.Cli.Commands.Run(args, stdout, stderr);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }
}
