using DataInclusion.Sources.Paging;

namespace DataInclusion.Sources.Dora;

/// <summary>Dora's <c>/api/v2/structures/</c> and <c>/api/v2/services/</c>; its own type so it gets its own client and resilience pipeline.</summary>
internal interface IDoraApi : IDrfApi;
