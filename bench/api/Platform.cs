using System.Runtime.Versioning;

// The throw-away server is the host's embedded cluster (Unix user, Unix file modes): Linux only.
[assembly: SupportedOSPlatform("linux")]
