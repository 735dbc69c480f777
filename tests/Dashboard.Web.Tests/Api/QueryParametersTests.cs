using Dashboard.Data.Queries;
using Dashboard.Web.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Web.Tests.Api;

public sealed class QueryParametersTests
{
    [Fact]
    public void AFullQueryBecomesTheFilter()
    {
        var (filter, errors) = QueryParameters.ReadFilter(Query(("from", "2017-01-01"), ("to", "2017-01-31"), ("source", "راي اليوم"), ("source", "الجزيرة نت")));

        Assert.Empty(errors);
        Assert.Equal(new DateOnly(2017, 1, 1), filter.From);
        Assert.Equal(new DateOnly(2017, 1, 31), filter.To);
        Assert.Equal(["راي اليوم", "الجزيرة نت"], filter.Sources);
    }

    [Theory]
    [InlineData("from", "19-01-2017")]
    [InlineData("to", "2017-02-30")]
    [InlineData("from", "'; DROP TABLE articles; --")]
    public void ABadDateIsReportedUnderItsName(string name, string value)
    {
        var (_, errors) = QueryParameters.ReadFilter(Query((name, value)));

        Assert.Contains("yyyy-MM-dd", Assert.Single(errors[name]), StringComparison.Ordinal);
    }

    [Fact]
    public void ARangeThatEndsBeforeItStartsIsReported()
    {
        var (_, errors) = QueryParameters.ReadFilter(Query(("from", "2017-02-01"), ("to", "2017-01-01")));

        Assert.True(errors.ContainsKey("to"));
    }

    [Theory]
    [InlineData(null, Granularity.Day)]
    [InlineData("week", Granularity.Week)]
    [InlineData("Month", Granularity.Month)]
    public void GranularityIsReadIgnoringCase(string? value, Granularity expected)
    {
        var errors = new Dictionary<string, string[]>();

        Assert.Equal(expected, QueryParameters.ReadGranularity(value is null ? Query() : Query(("granularity", value)), errors));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("year")]
    [InlineData("7")]
    public void AnUnknownGranularityIsReported(string value)
    {
        var errors = new Dictionary<string, string[]>();

        QueryParameters.ReadGranularity(Query(("granularity", value)), errors);

        Assert.Contains("day, week or month", Assert.Single(errors["granularity"]), StringComparison.Ordinal);
    }

    private static QueryCollection Query(params (string Key, string Value)[] pairs) =>
        new(pairs.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => new StringValues([.. g.Select(p => p.Value)])));
}
