using System.Runtime.Versioning;

// The host it tests runs on Linux only (embedded PostgreSQL as an unprivileged user, Unix file modes).
[assembly: SupportedOSPlatform("linux")]
