using System.Text;
using Book.Images;

namespace Book.Tests.Svg;

/// <summary>SVG files that could read other files, the network, or unbounded memory are refused with a message saying what was found.</summary>
public class SvgRefusalTests
{
    const string Ns = "xmlns=\"http://www.w3.org/2000/svg\"";

    static string Refusal(string text) =>
        Assert.Throws<PictureFormatException>(() => PictureDecoder.Decode(Encoding.UTF8.GetBytes(text))).Message;

    static string Svg(string body) => $"<svg {Ns} xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\">{body}</svg>";

    [Fact]
    public void Billion_laughs_entity_declarations_are_refused_before_any_expansion()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++)
            sb.Append($" <!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat(i == 1 ? "&lol;" : $"&lol{i - 1};", 10))}\">\n");
        sb.Append("]>\n").Append(Svg("<text>&lol9;</text>"));
        var message = Refusal(sb.ToString());
        Assert.Contains("DOCTYPE declares entities", message);
    }

    [Fact]
    public void An_entity_used_without_a_declaration_is_malformed_xml_with_its_place()
    {
        var message = Refusal("<svg " + Ns + ">\n<text>&ext;</text></svg>");
        Assert.StartsWith("an SVG file with malformed XML at 2:", message);
    }

    [Theory]
    [InlineData("<use href=\"other.svg#shape\"/>", "\"other.svg#shape\"")]
    [InlineData("<use xlink:href=\"file:///etc/passwd\"/>", "\"file:///etc/passwd\"")]
    [InlineData("<image href=\"http://example.com/x.png\" width=\"1\" height=\"1\"/>", "\"http://example.com/x.png\"")]
    [InlineData("<image xlink:href=\"https://example.com/x.png\"/>", "\"https://example.com/x.png\"")]
    [InlineData("<linearGradient id=\"g\" href=\"../g.svg#g\"/>", "\"../g.svg#g\"")]
    [InlineData("<rect width=\"1\" height=\"1\" fill=\"url(http://example.com/p.svg#g)\"/>", "\"http://example.com/p.svg#g\"")]
    public void External_references_are_refused_and_named(string body, string shown)
    {
        var message = Refusal(Svg(body));
        Assert.Contains("referring to something outside it", message);
        Assert.Contains(shown, message);
    }

    [Fact]
    public void An_embedded_data_image_is_refused()
    {
        Assert.Contains("data: in <image>", Refusal(Svg("<image href=\"data:image/png;base64,iVBORw0KGgo=\"/>")));
    }

    [Fact]
    public void A_depth_bomb_is_refused_at_the_depth_limit()
    {
        var body = string.Concat(Enumerable.Repeat("<g>", 10_000)) + string.Concat(Enumerable.Repeat("</g>", 10_000));
        Assert.Contains("nested deeper than 64 elements", Refusal(Svg(body)));
    }

    [Fact]
    public void Too_many_elements_are_refused()
    {
        var body = string.Concat(Enumerable.Repeat("<g/>", 100_001));
        Assert.Contains("more than 100,000 elements", Refusal(Svg(body)));
    }

    [Fact]
    public void Uses_that_multiply_a_small_file_into_millions_of_shapes_are_refused()
    {
        var sb = new StringBuilder("<defs><rect id=\"l0\" width=\"1\" height=\"1\"/>");
        for (int level = 1; level <= 8; level++)
            sb.Append($"<g id=\"l{level}\">").Append(string.Concat(Enumerable.Repeat($"<use href=\"#l{level - 1}\"/>", 10))).Append("</g>");
        sb.Append("</defs><use href=\"#l8\"/>");
        Assert.Contains("expands (through <use>) to more than 200,000 shapes", Refusal(Svg(sb.ToString())));
    }

    [Fact]
    public void Uses_over_empty_groups_cannot_run_for_ever()
    {
        var sb = new StringBuilder("<defs><g id=\"l0\"/>");
        for (int level = 1; level <= 9; level++)
            sb.Append($"<g id=\"l{level}\">").Append(string.Concat(Enumerable.Repeat($"<use href=\"#l{level - 1}\"/>", 10))).Append("</g>");
        sb.Append("</defs><use href=\"#l9\"/>");
        Assert.Contains("expands (through <use>) to more than 1,000,000 elements", Refusal(Svg(sb.ToString())));
    }

    [Fact]
    public void A_long_chain_of_uses_is_refused_before_it_exhausts_the_stack()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 5_000; i++) sb.Append($"<g id=\"c{i}\"><use href=\"#c{i + 1}\"/></g>");
        sb.Append("<rect id=\"c5000\" width=\"1\" height=\"1\"/>");
        Assert.Contains("<use> references nest deeper than 256", Refusal(Svg(sb.ToString())));
    }

    [Theory]
    [InlineData("<svg " + Ns + "><rect></svg>", "an SVG file with malformed XML at 1:")]
    [InlineData("<svg " + Ns + "><rect width=\"1\" width=\"2\"/></svg>", "an SVG file with malformed XML at 1:")]
    [InlineData("<svg " + Ns + ">", "an SVG file with malformed XML at 1:")]
    public void Malformed_xml_is_refused_with_its_line_and_column(string text, string start)
    {
        var message = Refusal(text);
        Assert.StartsWith(start, message);
        Assert.DoesNotContain("Line ", message);  // the place is said once, as line:column
    }

    [Fact]
    public void Text_that_is_not_svg_is_not_a_picture()
    {
        Assert.Equal("not a PNG, JPEG or SVG file", Refusal("<html><body/></html>"));
    }
}
