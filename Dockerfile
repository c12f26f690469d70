# Build stage: the SDK compiles the host (and bundles GraphiQL with Node).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/Host/DataInclusion.Host.csproj -c Release -o /app

# Runtime stage: ASP.NET Core runtime only. The database is external (DATAINCLUSION_DB), so no PostgreSQL here.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
USER app
ENV DATAINCLUSION_URLS=http://0.0.0.0:8080
EXPOSE 8080
ENTRYPOINT ["dotnet", "datainclusion.dll"]
CMD ["up"]
