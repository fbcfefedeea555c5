using ComplaintBot.Dialogs.Evidence;
using ComplaintBot.Domain.Complaints;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Dialogs.Tests.Evidence;

public sealed class EvidenceBatchTests
{
    private static readonly EvidenceLimits Roomy = new(MaxFiles: 20, MaxFileBytes: 1000, MaxComplaintBytes: 100_000);

    [Fact]
    public async Task AcceptAllAsync_FilesThatCannotReachALimit_TakenInAtTheSameTime()
    {
        var intake = new GatedIntake(Roomy);
        var batch = EvidenceBatch.AcceptAllAsync(intake, Requests(3, files: 2, bytes: 500), CancellationToken.None);

        // All three are in the intake before any of them is allowed to finish.
        await intake.WaitForCallsAsync(3);
        intake.Release();
        var results = await batch;

        Assert.Equal(3, intake.MostAtOnce);
        Assert.Equal(["a0", "a1", "a2"], results.Select(r => r.Item!.Name));
        Assert.All(intake.Seen, request => Assert.Equal((2, 500L), (request.FilesAccepted, request.BytesAccepted)));
    }

    [Theory]
    [InlineData(18, 0)]
    [InlineData(0, 98_000)]
    public async Task AcceptAllAsync_FilesThatCouldReachALimit_OneAfterAnotherWithWhatTheEarlierAdded(int files, long bytes)
    {
        var intake = new GatedIntake(Roomy, refuse: "a1");
        intake.Release();

        var results = await EvidenceBatch.AcceptAllAsync(intake, Requests(3, files, bytes), CancellationToken.None);

        Assert.Equal(1, intake.MostAtOnce);
        Assert.Equal([true, false, true], results.Select(r => r.IsAccepted));

        // The refused file adds nothing; each accepted one adds one file and its size (100 bytes here).
        Assert.Equal([(files, bytes), (files + 1, bytes + 100), (files + 1, bytes + 100)], intake.Seen.Select(r => (r.FilesAccepted, r.BytesAccepted)));
    }

    [Fact]
    public async Task AcceptAllAsync_IntakeWithoutLimits_OneAfterAnother()
    {
        var intake = new GatedIntake(limits: null);
        intake.Release();

        var results = await EvidenceBatch.AcceptAllAsync(intake, Requests(2, files: 0, bytes: 0), CancellationToken.None);

        Assert.Equal(1, intake.MostAtOnce);
        Assert.Equal([0, 1], intake.Seen.Select(r => r.FilesAccepted));
        Assert.Equal(2, results.Count);
    }

    [Fact]
    public async Task AcceptAllAsync_NoAttachments_NoCalls()
    {
        var intake = new GatedIntake(Roomy);

        Assert.Empty(await EvidenceBatch.AcceptAllAsync(intake, [], CancellationToken.None));
        Assert.Empty(intake.Seen);
    }

    [Theory]
    [InlineData(17, 0, 3, true)]
    [InlineData(18, 0, 3, false)]
    [InlineData(0, 97_000, 3, true)]
    [InlineData(0, 97_001, 3, false)]
    [InlineData(0, 0, -1, false)]
    public void AllFit_FilesOfTheLargestSize_WithinBothLimits(int files, long bytes, int count, bool expected) =>
        Assert.Equal(expected, Roomy.AllFit(files, bytes, count));

    [Fact]
    public void AllFit_HugeLimits_NoOverflow() =>
        Assert.False(new EvidenceLimits(int.MaxValue, long.MaxValue, long.MaxValue).AllFit(int.MaxValue, long.MaxValue, 2));

    private static List<EvidenceIntakeRequest> Requests(int count, int files, long bytes) =>
        [.. Enumerable.Range(0, count).Select(i => new EvidenceIntakeRequest(new Attachment { Name = "a" + i }, "emulator", null, "C1", "zh-CN", files, bytes))];

    /// <summary>An intake whose calls wait for <see cref="Release"/>, counting how many run at once.</summary>
    private sealed class GatedIntake(EvidenceLimits? limits, string? refuse = null) : IEvidenceIntake
    {
        private readonly TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Lock sync = new();
        private int running;

        public EvidenceLimits? Limits => limits;

        public List<EvidenceIntakeRequest> Seen { get; } = [];

        public int MostAtOnce { get; private set; }

        public void Release() => gate.TrySetResult();

        public async Task WaitForCallsAsync(int count)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            while (true)
            {
                lock (sync)
                {
                    if (Seen.Count >= count)
                    {
                        return;
                    }
                }

                await Task.Delay(5, timeout.Token);
            }
        }

        public async Task<EvidenceIntakeResult> AcceptAsync(EvidenceIntakeRequest request, CancellationToken cancellationToken)
        {
            lock (sync)
            {
                Seen.Add(request);
                running++;
                MostAtOnce = Math.Max(MostAtOnce, running);
            }

            await gate.Task.WaitAsync(cancellationToken);
            lock (sync)
            {
                running--;
            }

            var name = request.Attachment.Name!;
            return name == refuse
                ? EvidenceIntakeResult.Refused("type_not_allowed", "no")
                : EvidenceIntakeResult.Accepted(new EvidenceItem { Name = name, SizeBytes = 100 });
        }

        public Task DeleteAsync(string complaintId, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
