using Book.Pages;

namespace Book.Images.Svg;

/// <summary>
/// SVG's path-data grammar (M L H V C S Q T A Z, absolute and relative, with implicit repeats) read into
/// move, line, cubic and close segments: quadratics are raised to cubics, arcs become cubics of at most
/// a quarter turn each. As SVG says, a path with an error is drawn up to the error.
/// </summary>
internal static class SvgPathData
{
    /// <returns>The segments, and the character where an error stopped reading (−1: none).</returns>
    public static (List<PathSegment> Segments, int ErrorAt) Parse(string data)
    {
        var segs = new List<PathSegment>();
        var n = new SvgNumbers(data);
        double x = 0, y = 0, startX = 0, startY = 0;
        // The last control point, for S and T's reflections; valid only right after a C/S or a Q/T.
        double cx = 0, cy = 0, qx = 0, qy = 0;
        char previous = ' ', command = ' ';
        bool hasSubpath = false;
        while (!n.AtEnd)
        {
            char c = n.Peek;
            if (char.IsAsciiLetter(c))
            {
                n.Position++;
                command = c;
                if (command is not ('z' or 'Z') && !n.NumberNext) return (segs, n.Position);
            }
            else if (command is ' ' or 'z' or 'Z' || !n.NumberNext) return (segs, n.Position);
            // else: the previous command repeats (a moveto's repeats are linetos).
            else if (command == 'M') command = 'L';
            else if (command == 'm') command = 'l';

            bool rel = char.IsAsciiLetterLower(command);
            double ox = rel ? x : 0, oy = rel ? y : 0;
            if (!hasSubpath && command is not ('M' or 'm')) return (segs, n.Position);
            switch (char.ToUpperInvariant(command))
            {
                case 'M':
                    {
                        if (!Pair(ref n, out double px, out double py)) return (segs, n.Position);
                        x = ox + px; y = oy + py; startX = x; startY = y;
                        segs.Add(PathSegment.Move(x, y));
                        hasSubpath = true;
                        break;
                    }
                case 'L':
                    {
                        if (!Pair(ref n, out double px, out double py)) return (segs, n.Position);
                        x = ox + px; y = oy + py;
                        segs.Add(PathSegment.Line(x, y));
                        break;
                    }
                case 'H':
                    {
                        if (!n.TryNumber(out double px)) return (segs, n.Position);
                        x = ox + px;
                        segs.Add(PathSegment.Line(x, y));
                        break;
                    }
                case 'V':
                    {
                        if (!n.TryNumber(out double py)) return (segs, n.Position);
                        y = oy + py;
                        segs.Add(PathSegment.Line(x, y));
                        break;
                    }
                case 'C':
                    {
                        if (!Pair(ref n, out double x1, out double y1) || !Pair(ref n, out double x2, out double y2) || !Pair(ref n, out double px, out double py))
                            return (segs, n.Position);
                        segs.Add(PathSegment.Cubic(ox + x1, oy + y1, ox + x2, oy + y2, ox + px, oy + py));
                        cx = ox + x2; cy = oy + y2; x = ox + px; y = oy + py;
                        break;
                    }
                case 'S':
                    {
                        if (!Pair(ref n, out double x2, out double y2) || !Pair(ref n, out double px, out double py)) return (segs, n.Position);
                        bool smooth = char.ToUpperInvariant(previous) is 'C' or 'S';
                        double x1 = smooth ? 2 * x - cx : x, y1 = smooth ? 2 * y - cy : y;
                        segs.Add(PathSegment.Cubic(x1, y1, ox + x2, oy + y2, ox + px, oy + py));
                        cx = ox + x2; cy = oy + y2; x = ox + px; y = oy + py;
                        break;
                    }
                case 'Q':
                    {
                        if (!Pair(ref n, out double x1, out double y1) || !Pair(ref n, out double px, out double py)) return (segs, n.Position);
                        Quad(segs, x, y, ox + x1, oy + y1, ox + px, oy + py);
                        qx = ox + x1; qy = oy + y1; x = ox + px; y = oy + py;
                        break;
                    }
                case 'T':
                    {
                        if (!Pair(ref n, out double px, out double py)) return (segs, n.Position);
                        bool smooth = char.ToUpperInvariant(previous) is 'Q' or 'T';
                        double x1 = smooth ? 2 * x - qx : x, y1 = smooth ? 2 * y - qy : y;
                        Quad(segs, x, y, x1, y1, ox + px, oy + py);
                        qx = x1; qy = y1; x = ox + px; y = oy + py;
                        break;
                    }
                case 'A':
                    {
                        if (!n.TryNumber(out double rx) || !n.TryNumber(out double ry) || !n.TryNumber(out double angle)
                            || !n.TryFlag(out bool large) || !n.TryFlag(out bool sweep) || !Pair(ref n, out double px, out double py))
                            return (segs, n.Position);
                        Arc(segs, x, y, rx, ry, angle, large, sweep, ox + px, oy + py);
                        x = ox + px; y = oy + py;
                        break;
                    }
                case 'Z':
                    segs.Add(PathSegment.Close);
                    x = startX; y = startY;
                    break;
                default:
                    return (segs, n.Position - 1);
            }
            previous = command;
        }
        return (segs, -1);
    }

    static bool Pair(ref SvgNumbers n, out double x, out double y)
    {
        y = 0;
        return n.TryNumber(out x) && n.TryNumber(out y);
    }

    /// <summary>A quadratic Bézier is exactly the cubic with controls two thirds of the way to its one control.</summary>
    static void Quad(List<PathSegment> segs, double x0, double y0, double x1, double y1, double x, double y) =>
        segs.Add(PathSegment.Cubic(x0 + 2.0 / 3 * (x1 - x0), y0 + 2.0 / 3 * (y1 - y0), x + 2.0 / 3 * (x1 - x), y + 2.0 / 3 * (y1 - y), x, y));

    /// <summary>
    /// An elliptical arc from (x0, y0) to (x, y), by SVG's endpoint-to-centre conversion (radii too small
    /// are scaled up, zero radii give a line), drawn as cubics of at most 90° each.
    /// </summary>
    public static void Arc(List<PathSegment> segs, double x0, double y0, double rx, double ry, double angleDeg,
        bool large, bool sweep, double x, double y)
    {
        if (x0 == x && y0 == y) return;
        rx = Math.Abs(rx); ry = Math.Abs(ry);
        if (rx == 0 || ry == 0) { segs.Add(PathSegment.Line(x, y)); return; }
        double phi = angleDeg * Math.PI / 180, cos = Math.Cos(phi), sin = Math.Sin(phi);
        double dx = (x0 - x) / 2, dy = (y0 - y) / 2;
        double x1p = cos * dx + sin * dy, y1p = -sin * dx + cos * dy;
        double lambda = x1p * x1p / (rx * rx) + y1p * y1p / (ry * ry);
        if (lambda > 1) { double s = Math.Sqrt(lambda); rx *= s; ry *= s; }
        double num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
        double den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
        double coef = Math.Sqrt(Math.Max(0, num / den)) * (large == sweep ? -1 : 1);
        double cxp = coef * rx * y1p / ry, cyp = -coef * ry * x1p / rx;
        double cx = cos * cxp - sin * cyp + (x0 + x) / 2, cy = sin * cxp + cos * cyp + (y0 + y) / 2;
        double theta1 = Angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
        double delta = Angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
        if (!sweep && delta > 0) delta -= 2 * Math.PI;
        else if (sweep && delta < 0) delta += 2 * Math.PI;

        int pieces = (int)Math.Ceiling(Math.Abs(delta) / (Math.PI / 2) - 1e-9);
        pieces = Math.Max(1, pieces);
        double step = delta / pieces, k = 4.0 / 3 * Math.Tan(step / 4);
        double t = theta1;
        for (int i = 0; i < pieces; i++)
        {
            double t2 = t + step;
            double c1 = Math.Cos(t), s1 = Math.Sin(t), c2 = Math.Cos(t2), s2 = Math.Sin(t2);
            // On the unit circle, then scaled by the radii, rotated by phi and moved to the centre.
            (double, double) Map(double ux, double uy) => (cos * rx * ux - sin * ry * uy + cx, sin * rx * ux + cos * ry * uy + cy);
            var (ax, ay) = Map(c1 - k * s1, s1 + k * c1);
            var (bx, by) = Map(c2 + k * s2, s2 - k * c2);
            var (ex, ey) = i == pieces - 1 ? (x, y) : Map(c2, s2);
            segs.Add(PathSegment.Cubic(ax, ay, bx, by, ex, ey));
            t = t2;
        }
    }

    static double Angle(double ux, double uy, double vx, double vy) => Math.Atan2(ux * vy - uy * vx, ux * vx + uy * vy);
}
