namespace Book.Build;

/// <summary>
/// Gives memory back to the system between stages when the GC's heap is held to a hard limit
/// (<c>DOTNET_GCHeapHardLimit</c>, which the CLI sets under <c>ulimit -v</c>).
/// </summary>
/// <remarks>
/// Measured on a 100,000-row table under a 549 MB limit: after typesetting, a full compacting
/// collection left 212 MB live but 542 MB still committed (the regions the layout had used stay
/// committed for reuse), and the PDF stage's first large allocation then failed with
/// OutOfMemoryException. An aggressive collection decommits what is free. Without a limit it is
/// not done: it costs a full collection, and the memory is there.
/// </remarks>
public static class HeapLimit
{
    /// <summary>True when the runtime runs with a hard heap limit.</summary>
    public static bool IsSet { get; } = GC.GetConfigurationVariables().TryGetValue("GCHeapHardLimit", out var v) && v is ulong or long && Convert.ToUInt64(v, System.Globalization.CultureInfo.InvariantCulture) > 0;

    /// <summary>Collects everything and decommits free memory, when <see cref="IsSet"/>.</summary>
    public static void Release()
    {
        if (IsSet) GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
