namespace Book.Pdf;

/// <summary>
/// Prepares items (a page's compressed content, say) on worker threads, ahead of a consumer
/// that takes them strictly in order, so the consumer's serial work (numbering and writing
/// objects) overlaps the parallel work instead of waiting for it batch by batch. Workers claim
/// indices in order and never run more than <c>window</c> items ahead of the consumer, so
/// memory stays bounded and the item the consumer needs next is always being prepared.
/// What an item holds depends only on its index: results are the same for any thread count.
/// </summary>
internal sealed class PaintAhead<T> : IDisposable where T : class
{
    private readonly Func<int, T> _prepare;
    private readonly T?[] _ready;
    private readonly int _window;
    private readonly object _gate = new();
    private readonly Task[] _workers;
    private int _claimed;   // next index a worker will take
    private int _consumed;  // next index the consumer will take
    private bool _stopped;
    private Exception? _error;

    public PaintAhead(int count, int window, int workers, Func<int, T> prepare)
    {
        _prepare = prepare;
        _ready = new T?[count];
        _window = Math.Max(1, window);
        _workers = new Task[Math.Clamp(workers, 1, Math.Max(1, count))];
        for (int i = 0; i < _workers.Length; i++) _workers[i] = Task.Run(Work);
    }

    private void Work()
    {
        while (true)
        {
            int k;
            lock (_gate)
            {
                while (!_stopped && _claimed < _ready.Length && _claimed >= _consumed + _window) Monitor.Wait(_gate);
                if (_stopped || _claimed >= _ready.Length) return;
                k = _claimed++;
            }
            T item;
            try { item = _prepare(k); }
            catch (Exception e)
            {
                lock (_gate) { _error ??= e; _stopped = true; Monitor.PulseAll(_gate); }
                return;
            }
            lock (_gate) { _ready[k] = item; Monitor.PulseAll(_gate); }
        }
    }

    /// <summary>Item <paramref name="index"/>, waiting for it if needed; indices must be taken 0, 1, 2, …</summary>
    public T Take(int index)
    {
        lock (_gate)
        {
            if (index != _consumed) throw new InvalidOperationException($"items are taken in order: expected {_consumed}, asked for {index}");
            T? item;
            while ((item = _ready[index]) is null)
            {
                if (_error is not null) throw new AggregateException(_error);
                Monitor.Wait(_gate);
            }
            _ready[index] = null;
            _consumed++;
            Monitor.PulseAll(_gate);
            return item;
        }
    }

    public void Dispose()
    {
        lock (_gate) { _stopped = true; Monitor.PulseAll(_gate); }
        Task.WaitAll(_workers);
    }
}
