namespace Book.Pdf.Export;

/// <summary>
/// Prepares items (a page's compressed content, say) on worker threads, ahead of a consumer
/// that takes them strictly in order, so the consumer's serial work (numbering and writing
/// objects) overlaps the parallel work instead of waiting for it batch by batch. Workers claim
/// indices in order and never run more than <c>window</c> items ahead of the consumer, so
/// memory stays bounded and the item the consumer needs next is always claimed first.
/// What an item holds depends only on its index: results are the same for any thread count.
/// </summary>
/// <remarks>
/// Signalling is kept to what is needed (it showed in profiles when every hand-over woke every
/// thread): a worker takes a permit for each item it claims and the consumer returns one for each
/// item it takes; a worker wakes the consumer only when the consumer waits for that very item.
/// </remarks>
internal sealed class PaintAhead<T> : IDisposable where T : class
{
    private readonly Func<int, T> _prepare;
    private readonly T?[] _ready;
    private readonly SemaphoreSlim _space;
    private readonly object _gate = new();
    private readonly Task[] _workers;
    private int _claimed = -1;   // last index a worker took
    private int _consumed;       // next index the consumer will take
    private int _awaited = -1;   // the index the consumer sleeps on, if any
    private volatile bool _stopped;
    private Exception? _error;

    public PaintAhead(int count, int window, int workers, Func<int, T> prepare)
    {
        _prepare = prepare;
        _ready = new T?[count];
        _space = new SemaphoreSlim(Math.Max(1, window));
        _workers = new Task[Math.Clamp(workers, 1, Math.Max(1, count))];
        for (int i = 0; i < _workers.Length; i++) _workers[i] = Task.Run(Work);
    }

    private void Work()
    {
        while (true)
        {
            _space.Wait();
            if (_stopped) return;
            // Permits are taken before indices, so the lowest index not yet taken is always claimed.
            int k = Interlocked.Increment(ref _claimed);
            if (k >= _ready.Length) return;
            T item;
            try { item = _prepare(k); }
            catch (Exception e)
            {
                lock (_gate) { _error ??= e; _stopped = true; Monitor.Pulse(_gate); }
                return;
            }
            lock (_gate)
            {
                _ready[k] = item;
                if (_awaited == k) Monitor.Pulse(_gate);
            }
        }
    }

    /// <summary>Item <paramref name="index"/>, waiting for it if needed; indices must be taken 0, 1, 2, …</summary>
    public T Take(int index)
    {
        if (index != _consumed) throw new InvalidOperationException($"items are taken in order: expected {_consumed}, asked for {index}");
        T? item;
        lock (_gate)
        {
            while ((item = _ready[index]) is null)
            {
                if (_error is not null) throw new AggregateException(_error);
                _awaited = index;
                Monitor.Wait(_gate);
            }
            _awaited = -1;
            _ready[index] = null;
        }
        _consumed++;
        _space.Release();
        return item;
    }

    public void Dispose()
    {
        _stopped = true;
        _space.Release(_workers.Length); // wake any worker waiting for room, to see the stop
        Task.WaitAll(_workers);
        _space.Dispose();
    }
}
