using Hangfire;
using Microsoft.AspNetCore.Builder;

namespace DataInclusion.Host.Web;

/// <summary><c>/admin/jobs</c>: Hangfire's dashboard (recurring jobs, "trigger now", history), for admins only.</summary>
internal static class JobsDashboard
{
    public const string Path = "/admin/jobs";

    public static WebApplication UseJobsDashboard(this WebApplication app)
    {
        app.UseHangfireDashboard(Path, new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorization()],
            DashboardTitle = "DataInclusion — jobs",
            AppPath = "/admin/sources",
            // The footer would otherwise show where the storage is; nothing of the connection string belongs on a page.
            DisplayStorageConnectionString = false,
        });
        return app;
    }
}
