using System.Runtime;

namespace Book.Cli;

/// <summary>
/// Keeps garbage collection out of `book watch`'s rebuilds. A rebuild of the booklet allocates
/// about 40 MB, a little more than the young generation holds, so left alone each rebuild stopped
/// once to collect with the whole book's layout alive (about 16 ms of a 160 ms rebuild). Instead,
/// while watch waits for the next change, a no-GC region as large as one and a half rebuilds is
/// opened (which collects the last build's garbage first); the rebuild then runs without a collection. One
/// that allocates more simply ends the region and collects as it would have.
/// </summary>
sealed class RebuildMemory
{
    const long Smallest = 32L << 20, Largest = 240L << 20;
    long _needed = 64L << 20, _allocatedAtStart;

    /// <summary>A rebuild starts: what it allocates from here sizes the next region.</summary>
    public void RebuildStarts() => _allocatedAtStart = GC.GetTotalAllocatedBytes(precise: false);

    /// <summary>Watch is idle: collect now, then reserve room for the next rebuild.</summary>
    public void Idle(bool afterRebuild)
    {
        if (afterRebuild)
            _needed = Math.Clamp((GC.GetTotalAllocatedBytes(precise: false) - _allocatedAtStart) * 3 / 2, Smallest, Largest);
        EndRegion();
        // Opening the region collects first (one blocking collection, here while nothing waits on it).
        try { GC.TryStartNoGCRegion(_needed); }
        catch (ArgumentOutOfRangeException) { GC.Collect(); } // more than this runtime can reserve: collect only
        catch (InvalidOperationException) { }                 // a region already open
    }

    static void EndRegion()
    {
        if (GCSettings.LatencyMode != GCLatencyMode.NoGCRegion) return;
        try { GC.EndNoGCRegion(); }
        catch (InvalidOperationException) { } // the rebuild outgrew it and the runtime collected: already over
    }
}
