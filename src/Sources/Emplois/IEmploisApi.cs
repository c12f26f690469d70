using DataInclusion.Sources.Paging;

namespace DataInclusion.Sources.Emplois;

/// <summary>les emplois de l'inclusion's structures list (emplois API §6); its own type so it gets its own client and resilience pipeline.</summary>
internal interface IEmploisApi : IDrfApi;
