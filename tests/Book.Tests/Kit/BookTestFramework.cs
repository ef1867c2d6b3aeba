using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: Xunit.TestFramework("Book.Tests.BookTestFramework", "Book.Tests")]

namespace Book.Tests;

/// <summary>
/// xunit's own framework, plus one thing at the end of the run: the run's temporary folder
/// (<see cref="TestTemp.Root"/>) is deleted when xunit disposes the framework, after the last test.
/// </summary>
public sealed class BookTestFramework : XunitTestFramework
{
    public BookTestFramework(IMessageSink messageSink) : base(messageSink) => DisposalTracker.Add(new EndOfRun());

    sealed class EndOfRun : IDisposable
    {
        public void Dispose() => TestTemp.DeleteRoot();
    }
}
