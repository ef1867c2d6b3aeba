namespace Book.Images;

/// <summary>An embedded ICC profile, kept only when it is whole and describes the picture's colour space.</summary>
internal static class IccProfile
{
    /// <returns>The profile, or null (and a warning) when it cannot be used for <paramref name="components"/> components.</returns>
    public static byte[]? Checked(byte[] profile, int components, List<string> warnings)
    {
        if (profile.Length < 132 || !profile.AsSpan(36, 4).SequenceEqual("acsp"u8))
        {
            warnings.Add("its embedded ICC profile is damaged and was left out (colours are taken as sRGB)");
            return null;
        }
        var space = profile.AsSpan(16, 4);
        int n = space.SequenceEqual("GRAY"u8) ? 1 : space.SequenceEqual("RGB "u8) ? 3 : space.SequenceEqual("CMYK"u8) ? 4 : 0;
        if (n != components)
        {
            string what = System.Text.Encoding.ASCII.GetString(space).Trim();
            warnings.Add($"its embedded ICC profile is for {what}, not for its {components} colour components, and was left out");
            return null;
        }
        return profile;
    }
}
