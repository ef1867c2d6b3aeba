using System.Text;
using Book.Images;
using Book.Images.Svg;
using Book.Pages;

namespace Book.Tests.Svg;

/// <summary>The SVG reader over its subset: geometry, transforms, paint, use, text, and what it names as left out.</summary>
public class SvgReaderTests
{
    const string Ns = "xmlns=\"http://www.w3.org/2000/svg\"";

    static (VectorDrawing Drawing, IReadOnlyList<string> Warnings) Read(string body, string root = "width=\"100\" height=\"100\"") =>
        SvgReader.Read(Encoding.UTF8.GetBytes($"<svg {Ns} {root}>{body}</svg>"));

    static DrawingShape Only(string body) => Assert.IsType<DrawingShape>(Assert.Single(Read(body).Drawing.Nodes));

    static (double X, double Y) Apply(Transform t, double x, double y) => (t.A * x + t.C * y + t.E, t.B * x + t.D * y + t.F);

    static void Near(double expected, double actual, double tolerance = 1e-6) =>
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"expected {expected}, got {actual}");

    [Fact]
    public void Decode_sniffs_svg_after_a_bom_declaration_and_comments_and_sizes_it_in_points()
    {
        var text = "\uFEFF<?xml version=\"1.0\"?>\n<!-- a map -->\n<svg " + Ns + " width=\"96px\" height=\"1in\"><rect width=\"10\" height=\"10\"/></svg>";
        var picture = PictureDecoder.Decode(Encoding.UTF8.GetBytes(text));
        Assert.Equal("image/svg+xml", picture.MediaType);
        Assert.NotNull(picture.Content.Vector);
        Assert.Null(picture.Content.Raster);
        Assert.Equal(72, picture.Content.NaturalWidth, 6);
        Assert.Equal(72, picture.Content.NaturalHeight, 6);
    }

    [Fact]
    public void Without_width_and_height_the_viewbox_gives_the_size_and_a_given_width_keeps_its_proportions()
    {
        Assert.Equal((150.0, 75.0), (Read("", "viewBox=\"0 0 200 100\"").Drawing.Width, Read("", "viewBox=\"0 0 200 100\"").Drawing.Height));
        var d = Read("", "width=\"400\" viewBox=\"0 0 200 100\"").Drawing;
        Assert.Equal(300, d.Width, 6);
        Assert.Equal(150, d.Height, 6);
    }

    [Fact]
    public void The_viewbox_maps_onto_the_size_meet_and_centred()
    {
        // 0 0 50 100 into 100 × 100 px: scale 1 (the height decides), centred across, then px → pt.
        var s = Read("<rect x=\"0\" y=\"0\" width=\"50\" height=\"100\"/>", "width=\"100\" height=\"100\" viewBox=\"0 0 50 100\"").Drawing.Nodes[0];
        var t = ((DrawingShape)s).Transform;
        var (x, y) = Apply(t, 0, 0);
        Near(25 * 0.75, x); Near(0, y);
        var (x2, y2) = Apply(t, 50, 100);
        Near(75 * 0.75, x2); Near(75, y2);
    }

    [Fact]
    public void Path_data_reads_every_command_relative_and_absolute_with_implicit_repeats()
    {
        var shape = Only("<path d=\"M10 10 20 10 l0 10 10-10 H50 v5 h-5 V40 C0 0 1 1 2 2 s3 3 4 4 Q5 5 6 6 t1 1 z m5 5 L-1.5.5\"/>").Shape;
        var verbs = shape.Segments.Select(s => s.Verb).ToArray();
        Assert.Equal(new[]
        {
            PathVerb.Move, PathVerb.Line, PathVerb.Line, PathVerb.Line, PathVerb.Line, PathVerb.Line, PathVerb.Line, PathVerb.Line,
            PathVerb.Cubic, PathVerb.Cubic, PathVerb.Cubic, PathVerb.Cubic, PathVerb.Close, PathVerb.Move, PathVerb.Line,
        }, verbs);
        var s = shape.Segments;
        Assert.Equal((20.0, 10.0), (s[1].X, s[1].Y));  // implicit lineto after M
        Assert.Equal((30.0, 10.0), (s[3].X, s[3].Y));  // implicit relative lineto
        Assert.Equal((45.0, 15.0), (s[6].X, s[6].Y));
        // S reflects the previous control point (1,1) about (2,2): (3,3); relative to (2,2) its own is (5,5).
        Assert.Equal((3.0, 3.0, 5.0, 5.0, 6.0, 6.0), (s[9].X1, s[9].Y1, s[9].X2, s[9].Y2, s[9].X, s[9].Y));
        // Z returns to (10,10); m5 5 is relative to it; "-1.5.5" is two numbers.
        Assert.Equal((15.0, 15.0), (s[13].X, s[13].Y));
        Assert.Equal((-1.5, 0.5), (s[14].X, s[14].Y));
    }

    [Fact]
    public void A_quadratic_becomes_the_exact_cubic_and_T_reflects_its_control()
    {
        var s = Only("<path d=\"M0 0 Q30 30 60 0 T120 0\"/>").Shape.Segments;
        Assert.Equal((20.0, 20.0, 40.0, 20.0), (s[1].X1, s[1].Y1, s[1].X2, s[1].Y2));
        // T's control is (90,-30): two thirds of the way from each end.
        Near(80, s[2].X1); Near(-20, s[2].Y1); Near(100, s[2].X2); Near(-20, s[2].Y2);
    }

    [Fact]
    public void An_arc_becomes_quarter_cubics_on_the_ellipse_with_flags_written_together()
    {
        // A half circle of radius 50 from (0,50) to (100,50), centre (50,50): two quarter-turn cubics through the top (sweep 1).
        var s = Only("<path d=\"M0 50 A50 50 0 01100 50\"/>").Shape.Segments;
        Assert.Equal(3, s.Count);
        Near(50, s[1].X, 1e-9); Near(0, s[1].Y, 1e-9);
        Near(100, s[2].X, 1e-9); Near(50, s[2].Y, 1e-9);
        // The cubic's midpoint lies on the circle within a hair.
        var c = s[1];
        double mx = (0 + 3 * c.X1 + 3 * c.X2 + c.X) / 8, my = (50 + 3 * c.Y1 + 3 * c.Y2 + c.Y) / 8;
        Near(50, Math.Sqrt((mx - 50) * (mx - 50) + (my - 50) * (my - 50)), 0.02);
    }

    [Fact]
    public void Radii_too_small_for_the_arc_are_scaled_up_and_zero_radii_draw_a_line()
    {
        var s = Only("<path d=\"M0 0 A1 1 0 0 1 10 0\"/>").Shape.Segments;
        Near(10, s[^1].X, 1e-9); Near(0, s[^1].Y, 1e-9);
        Assert.Equal(2, s.Count(x => x.Verb == PathVerb.Cubic));
        var line = Only("<path d=\"M0 0 A0 5 0 0 1 10 0\"/>").Shape.Segments;
        Assert.Equal(PathVerb.Line, line[1].Verb);
    }

    [Fact]
    public void A_path_with_an_error_is_drawn_up_to_it_and_the_error_is_named()
    {
        var (d, warnings) = Read("<path d=\"M0 0 L10 10 L20 x\"/>");
        Assert.Equal(2, ((DrawingShape)d.Nodes[0]).Shape.Segments.Count);
        Assert.Contains(warnings, w => w.Contains("path data") && w.Contains("drawn up to it"));
    }

    [Fact]
    public void Transforms_compose_right_to_left_and_rotate_turns_about_its_centre()
    {
        var t = Only("<g transform=\"translate(10,20)\"><rect transform=\"rotate(90 5 5) scale(2)\" width=\"1\" height=\"1\"/></g>").Transform;
        // (1,0) → scale → (2,0) → rotate 90° about (5,5) → (10,-2+5)... exactly (10,2) → translate → (20,22), then px → pt.
        var (x, y) = Apply(t, 1, 0);
        Near(20 * 0.75, x, 1e-9); Near(22 * 0.75, y, 1e-9);
        var m = Only("<rect transform=\"matrix(1 0 0 1 4 6) skewX(45)\" width=\"1\" height=\"1\"/>").Transform;
        var (sx, sy) = Apply(m, 0, 2);
        Near((4 + 2) * 0.75, sx, 1e-9); Near((6 + 2) * 0.75, sy, 1e-9);
        var k = Only("<rect transform=\"skewY(45)\" width=\"1\" height=\"1\"/>").Transform;
        Near(0.75, Apply(k, 1, 0).Y, 1e-9);
    }

    [Theory]
    [InlineData("#f00", 1, 0, 0)]
    [InlineData("#00ff80", 0, 1, 128 / 255.0)]
    [InlineData("rgb(255, 0, 51)", 1, 0, 0.2)]
    [InlineData("rgb(100%,50%,0%)", 1, 0.5, 0)]
    [InlineData("steelblue", 70 / 255.0, 130 / 255.0, 180 / 255.0)]
    public void Colours_are_read_in_every_notation(string colour, double r, double g, double b)
    {
        var fill = Assert.IsType<SolidPaint>(Only($"<rect width=\"1\" height=\"1\" fill=\"{colour}\"/>").Shape.Fill);
        Near(r, fill.Color.R, 1e-9); Near(g, fill.Color.G, 1e-9); Near(b, fill.Color.B, 1e-9);
    }

    [Fact]
    public void Style_wins_over_attributes_properties_inherit_and_opacity_multiplies_down()
    {
        var shape = Only("<g fill=\"red\" stroke=\"blue\" color=\"lime\" opacity=\"0.5\" stroke-width=\"3\">" +
            "<rect width=\"1\" height=\"1\" fill=\"green\" style=\"fill: currentColor; stroke-linecap:round; stroke-linejoin: bevel;" +
            " stroke-dasharray: 1 2 3; stroke-dashoffset: 2; fill-opacity: 0.5; stroke-miterlimit: 8; fill-rule: evenodd\"/></g>").Shape;
        Assert.Equal(new SolidPaint(RgbColor.FromBytes(0, 255, 0)), shape.Fill);
        Assert.Equal(new SolidPaint(RgbColor.FromBytes(0, 0, 255)), shape.Stroke!.Paint);
        Assert.Equal(3, shape.Stroke.Width);
        Assert.Equal(LineCap.Round, shape.Stroke.Cap);
        Assert.Equal(LineJoin.Bevel, shape.Stroke.Join);
        Assert.Equal(8, shape.Stroke.MiterLimit);
        Assert.Equal(new double[] { 1, 2, 3, 1, 2, 3 }, shape.Stroke.Dashes);  // odd lists repeat
        Assert.Equal(2, shape.Stroke.DashOffset);
        Assert.Equal(0.25, shape.FillOpacity, 9);
        Assert.Equal(0.5, shape.StrokeOpacity, 9);
        Assert.True(shape.EvenOdd);
    }

    [Fact]
    public void Hidden_and_undisplayed_things_draw_nothing_but_a_visible_child_of_a_hidden_group_draws()
    {
        var d = Read("<rect width=\"1\" height=\"1\" display=\"none\"/><g style=\"display:none\"><rect width=\"1\" height=\"1\"/></g>" +
            "<g visibility=\"hidden\"><rect width=\"1\" height=\"1\"/><rect width=\"2\" height=\"2\" visibility=\"visible\"/></g>" +
            "<rect width=\"1\" height=\"1\" fill=\"none\"/>").Drawing;
        var shape = Assert.IsType<DrawingShape>(Assert.Single(d.Nodes));
        Assert.Equal(2, shape.Shape.Segments[1].X);
    }

    [Fact]
    public void Basic_shapes_give_their_outlines()
    {
        var d = Read("<rect x=\"1\" y=\"2\" width=\"10\" height=\"5\" rx=\"2\"/><circle cx=\"5\" cy=\"5\" r=\"5\"/><ellipse cx=\"5\" cy=\"5\" rx=\"5\" ry=\"2\"/>" +
            "<line x1=\"0\" y1=\"0\" x2=\"9\" y2=\"9\" stroke=\"black\"/><polyline points=\"0,0 1,1 2,0\" fill=\"none\" stroke=\"black\"/><polygon points=\"0 0 1 1 2 0\"/>" +
            "<rect width=\"0\" height=\"5\"/>").Drawing;
        var shapes = d.Nodes.Cast<DrawingShape>().Select(n => n.Shape).ToList();
        Assert.Equal(6, shapes.Count);
        Assert.Equal(4, shapes[0].Segments.Count(s => s.Verb == PathVerb.Cubic));      // four rounded corners
        Assert.Equal((3.0, 2.0), (shapes[0].Segments[0].X, shapes[0].Segments[0].Y));
        Assert.Equal(4, shapes[1].Segments.Count(s => s.Verb == PathVerb.Cubic));
        Assert.Equal(2, shapes[3].Segments.Count);
        Assert.Null(shapes[3].Fill);                                                   // a line is never filled
        Assert.Equal(PathVerb.Line, shapes[4].Segments[^1].Verb);
        Assert.Equal(PathVerb.Close, shapes[5].Segments[^1].Verb);
    }

    [Fact]
    public void Use_draws_a_defined_element_moved_and_with_the_use_s_style_and_a_symbol_through_its_viewbox()
    {
        var d = Read("<defs><rect id=\"r\" width=\"2\" height=\"2\"/><symbol id=\"s\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"5\"/></symbol></defs>" +
            "<use href=\"#r\" x=\"10\" y=\"20\" fill=\"red\"/><use xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"#s\" width=\"20\" height=\"20\"/>").Drawing;
        Assert.Equal(2, d.Nodes.Count);
        var r = (DrawingShape)d.Nodes[0];
        Assert.Equal(new SolidPaint(new RgbColor(1, 0, 0)), r.Shape.Fill);
        var (x, y) = Apply(r.Transform, 0, 0);
        Near(7.5, x); Near(15, y);
        var c = (DrawingShape)d.Nodes[1];
        Near(20 * 0.75, Apply(c.Transform, 10, 0).X);  // the symbol's 10 units fill the use's 20
    }

    [Fact]
    public void A_use_inside_what_it_refers_to_is_left_out_and_named()
    {
        var (d, warnings) = Read("<g id=\"a\"><rect width=\"1\" height=\"1\"/><use href=\"#a\"/></g>");
        Assert.Single(d.Nodes);
        Assert.Contains(warnings, w => w.Contains("is inside what it refers to"));
    }

    [Fact]
    public void A_linear_gradient_in_bounding_box_units_follows_the_shape_and_inherits_stops_through_href()
    {
        var shape = Only("<defs><linearGradient id=\"base\"><stop offset=\"0\" stop-color=\"red\"/><stop offset=\"100%\" style=\"stop-color:#0000ff\"/></linearGradient>" +
            "<linearGradient id=\"g\" href=\"#base\" x2=\"0\" y2=\"1\"/></defs><rect x=\"10\" y=\"20\" width=\"100\" height=\"50\" fill=\"url(#g)\"/>").Shape;
        var g = Assert.IsType<GradientPaint>(shape.Fill);
        Assert.False(g.Radial);
        Assert.Equal((0.0, 0.0, 0.0, 1.0), (g.X1, g.Y1, g.X2, g.Y2));
        Assert.Equal(2, g.Stops.Count);
        Assert.Equal(new RgbColor(0, 0, 1), g.Stops[1].Color);
        // The box folds into the transform: gradient (0,1) is the rectangle's bottom left.
        Assert.Equal((10.0, 70.0), Apply(g.Transform, 0, 1));
    }

    [Fact]
    public void A_radial_gradient_in_user_space_keeps_its_centre_and_focus_and_its_transform()
    {
        var shape = Only("<radialGradient id=\"g\" gradientUnits=\"userSpaceOnUse\" cx=\"50\" cy=\"40\" r=\"30\" fx=\"45\" gradientTransform=\"translate(5 0)\">" +
            "<stop offset=\".2\" stop-color=\"white\"/><stop offset=\".1\" stop-color=\"black\"/></radialGradient>" +
            "<circle cx=\"50\" cy=\"50\" r=\"40\" fill=\"url(#g) red\" stroke=\"url(#missing) blue\"/>").Shape;
        var g = Assert.IsType<GradientPaint>(shape.Fill);
        Assert.True(g.Radial);
        Assert.Equal((50.0, 40.0, 30.0, 45.0, 40.0), (g.Cx, g.Cy, g.R, g.Fx, g.Fy));
        Assert.Equal(Transform.Translate(5, 0), g.Transform);
        Assert.Equal(new[] { 0.2, 0.2 }, g.Stops.Select(s => s.Offset));  // offsets never go back
        Assert.Equal(new SolidPaint(new RgbColor(0, 0, 1)), shape.Stroke!.Paint); // the fallback
    }

    [Fact]
    public void Texts_keep_position_face_size_anchor_and_colour_and_tspans_continue()
    {
        var d = Read("<text x=\"10\" y=\"20\" font-size=\"12\" text-anchor=\"middle\" fill=\"#800000\">  Khojaly\n   <tspan font-weight=\"bold\" dy=\"2\">1992</tspan>" +
            "<tspan x=\"5\" y=\"40\" font-style=\"italic\">Second  line</tspan></text>").Drawing;
        var texts = d.Nodes.Cast<DrawingText>().ToList();
        Assert.Equal(3, texts.Count);
        Assert.Equal(("Khojaly ", 10.0, 20.0), (texts[0].Text, texts[0].X!.Value, texts[0].Y!.Value));
        Assert.Equal(TextAnchor.Middle, texts[0].Anchor);
        Assert.Equal(12, texts[0].Size);
        Assert.Equal(RgbColor.FromBytes(128, 0, 0), texts[0].Fill);
        Assert.Equal(("1992", (double?)null, 2.0, true), (texts[1].Text, texts[1].X, texts[1].Dy, texts[1].Bold));
        Assert.Equal(("Second line", 5.0, true), (texts[2].Text, texts[2].X!.Value, texts[2].Italic));
    }

    [Theory]
    [InlineData("<filter id=\"f\"/><rect width=\"1\" height=\"1\" filter=\"url(#f)\"/>", "SVG filter is not supported; drawn without it")]
    [InlineData("<rect width=\"1\" height=\"1\" mask=\"url(#m)\"/>", "SVG mask is not supported; drawn without it")]
    [InlineData("<rect width=\"1\" height=\"1\" clip-path=\"url(#c)\"/>", "SVG clip-path is not supported; drawn without it")]
    [InlineData("<style>rect { fill: red }</style>", "SVG <style> sheets are not supported")]
    [InlineData("<foreignObject/>", "SVG <foreignObject> is not supported; drawn without it")]
    [InlineData("<rect width=\"1\" height=\"1\"><animate attributeName=\"x\"/></rect>", "")]
    [InlineData("<feTurbulence/>", "SVG <feTurbulence> is not supported; drawn without it")]
    [InlineData("<image href=\"#x\"/>", "")]
    public void What_is_outside_the_subset_is_left_out_and_named(string body, string warning)
    {
        if (body.StartsWith("<image", StringComparison.Ordinal))
        {
            // An <image> is never loaded: even one pointing inside the file is refused.
            Assert.Throws<SvgFormatException>(() => Read(body));
            return;
        }
        var (_, warnings) = Read(body);
        Assert.NotEmpty(warnings);
        if (warning.Length > 0) Assert.Contains(warnings, w => w.StartsWith(warning, StringComparison.Ordinal));
    }

    [Fact]
    public void Editor_metadata_in_other_namespaces_is_passed_over_silently()
    {
        var (d, warnings) = SvgReader.Read(Encoding.UTF8.GetBytes(
            $"<svg {Ns} xmlns:sodipodi=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\" width=\"10\" height=\"10\"><sodipodi:namedview/><title>t</title><rect width=\"1\" height=\"1\"/></svg>"));
        Assert.Single(d.Nodes);
        Assert.Empty(warnings);
    }

    [Fact]
    public void A_doctype_naming_svg_s_dtd_is_read_without_fetching_it()
    {
        var text = "<?xml version=\"1.0\"?><!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">" +
                   $"<svg {Ns} width=\"10\" height=\"10\"><rect width=\"1\" height=\"1\"/></svg>";
        Assert.Single(PictureDecoder.Decode(Encoding.UTF8.GetBytes(text)).Content.Vector!.Nodes);
    }
}
