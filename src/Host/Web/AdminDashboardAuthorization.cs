using Hangfire.Dashboard;

namespace DataInclusion.Host.Web;

/// <summary>The jobs dashboard asks for the same admin token as <c>/admin/sources</c> (Hangfire answers 401 otherwise).</summary>
internal sealed class AdminDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        AdminAuthorization.Check(context.GetHttpContext(), Environment.GetEnvironmentVariable(AdminAuthorization.TokenVariable)) is null;
}
