using DataInclusion.Host.Web.Access;
using Microsoft.AspNetCore.Http;

namespace DataInclusion.Host.Tests.Api.Access;

/// <summary>Which paths tokens, rate limits and CORS cover: the API reads, not the doors with their own access rules.</summary>
public sealed class ApiPathsTests
{
    [Theory]
    [InlineData("/graphql", true)]
    [InlineData("/api/v1/structures", true)]
    [InlineData("/api/v1/services/dora--1", true)]
    [InlineData("/api/v1/services.ndjson", true)]
    [InlineData("/api/v1/search/services", true)]
    [InlineData("/api/v1/producers/cd44/submissions", false)]
    [InlineData("/api/v1/validate", false)]
    [InlineData("/graphiql/graphiql.js", false)]
    [InlineData("/healthz", false)]
    [InlineData("/opendata/structures.csv", false)]
    [InlineData("/admin/sources", false)]
    [InlineData("/", false)]
    public void IsApi_CoversGraphQLAndEveryApiV1Read(string path, bool expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;

        Assert.Equal(expected, ApiPaths.IsApi(context));
    }
}
