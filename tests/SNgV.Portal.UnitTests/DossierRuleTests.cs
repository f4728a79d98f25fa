using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Dossiers;

namespace SNgV.Portal.UnitTests;

public sealed class DossierRuleTests
{
    [Fact]
    public void Receipt_codes_are_eight_unambiguous_characters_and_do_not_repeat()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => ReceiptCodes.New()).ToList();

        Assert.All(codes, c => Assert.Equal(8, c.Length));
        Assert.All(codes, c => Assert.All(c, ch => Assert.Contains(ch, ReceiptCodes.Alphabet)));
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.DoesNotContain('0', ReceiptCodes.Alphabet);
        Assert.DoesNotContain('O', ReceiptCodes.Alphabet);
        Assert.DoesNotContain('1', ReceiptCodes.Alphabet);
        Assert.DoesNotContain('I', ReceiptCodes.Alphabet);
        Assert.DoesNotContain('L', ReceiptCodes.Alphabet);
    }

    [Theory]
    [InlineData("abcd-efgh", "ABCDEFGH")]
    [InlineData(" AB CD EF GH ", "ABCDEFGH")]
    [InlineData("ABCD-EFG", null)]
    [InlineData("ABCD-EFG0", null)]
    [InlineData("' OR 1=1 --", null)]
    [InlineData("", null)]
    public void Typed_codes_are_normalised_or_refused(string typed, string? expected)
    {
        Assert.Equal(expected, ReceiptCodes.Normalize(typed));
    }

    [Fact]
    public void Codes_are_shown_in_two_groups_of_four()
    {
        Assert.Equal("ABCD-EFGH", ReceiptCodes.Format("ABCDEFGH"));
    }

    [Theory]
    [InlineData(DossierStatus.Received, DossierStatus.Processing, true)]
    [InlineData(DossierStatus.Processing, DossierStatus.AdditionalDocumentsRequested, true)]
    [InlineData(DossierStatus.AdditionalDocumentsRequested, DossierStatus.Processing, true)]
    [InlineData(DossierStatus.Processing, DossierStatus.ResultReady, true)]
    [InlineData(DossierStatus.ResultReady, DossierStatus.Returned, true)]
    [InlineData(DossierStatus.Processing, DossierStatus.Refused, true)]
    [InlineData(DossierStatus.Received, DossierStatus.Returned, false)]
    [InlineData(DossierStatus.AdditionalDocumentsRequested, DossierStatus.ResultReady, false)]
    [InlineData(DossierStatus.ResultReady, DossierStatus.Refused, false)]
    [InlineData(DossierStatus.Returned, DossierStatus.Processing, false)]
    [InlineData(DossierStatus.Refused, DossierStatus.Processing, false)]
    public void The_workflow_allows_only_its_moves(DossierStatus from, DossierStatus to, bool allowed)
    {
        Assert.Equal(allowed, DossierWorkflow.CanMove(from, to));
    }

    [Fact]
    public void Wrong_codes_are_limited_per_address_by_a_bucket_that_refills_one_a_minute()
    {
        var clock = new ManualClock(new DateTimeOffset(2019, 5, 20, 2, 0, 0, TimeSpan.Zero));
        var throttle = new LookupThrottle(clock);

        for (var i = 0; i < LookupThrottle.Allowance; i++)
        {
            Assert.Null(throttle.RetryAfter("203.0.113.7"));
            throttle.RecordFailure("203.0.113.7");
        }

        Assert.Equal(TimeSpan.FromMinutes(1), throttle.RetryAfter("203.0.113.7"));
        Assert.Null(throttle.RetryAfter("203.0.113.8"));
        clock.Now += TimeSpan.FromSeconds(40);
        Assert.Equal(TimeSpan.FromSeconds(20), throttle.RetryAfter("203.0.113.7"));

        // One minute later one more wrong code is allowed, not a whole new burst.
        clock.Now += TimeSpan.FromSeconds(20);
        Assert.Null(throttle.RetryAfter("203.0.113.7"));
        throttle.RecordFailure("203.0.113.7");
        Assert.NotNull(throttle.RetryAfter("203.0.113.7"));

        // A quiet address is forgiven everything after the allowance's minutes.
        clock.Now += LookupThrottle.RefillEvery * LookupThrottle.Allowance;
        Assert.Null(throttle.RetryAfter("203.0.113.7"));
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
