namespace Book.Images.Svg;

/// <summary>An SVG file refused: the message says what was found. Book.Images.PictureDecoder passes it on as a picture error.</summary>
public sealed class SvgFormatException(string message) : Exception(message);
