using System.Globalization;
using Book.Bench;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Length >= 3 && args[0] == "generate")
{
    SyntheticBook.Write(args[2], int.Parse(args[1], CultureInfo.InvariantCulture));
    return 0;
}
Console.Error.WriteLine("usage: generate N DIR");
return 2;
