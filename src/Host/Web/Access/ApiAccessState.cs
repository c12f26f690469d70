using DataInclusion.Host.Api;
using DataInclusion.Host.Api.Access;

namespace DataInclusion.Host.Web.Access;

/// <summary>What the access middleware found for a request (a request feature): the caller, its token, or a refusal.</summary>
internal sealed record ApiAccessState(ApiCaller Caller, ApiToken? Token, ApiRefusal? Refusal);

/// <summary>A refused API request: status, a stable code, a French message for the portal's developer.</summary>
internal sealed record ApiRefusal(int Status, string Code, string Message);
