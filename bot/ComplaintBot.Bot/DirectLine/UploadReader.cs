using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.DirectLine;

/// <summary>One uploaded file, read into memory within the limits.</summary>
/// <param name="Name">The file name the client gave (path parts removed).</param>
/// <param name="ContentType">The declared type.</param>
/// <param name="Content">The bytes.</param>
internal sealed record UploadedFile(string? Name, string ContentType, ReadOnlyMemory<byte> Content);

/// <summary>
/// Reads a Direct Line upload: <c>multipart/form-data</c> with an optional <c>activity</c> part
/// (<c>application/vnd.microsoft.activity</c>) and one part per file, or a single raw file body.
/// </summary>
internal static class UploadReader
{
    public const string ActivityContentType = "application/vnd.microsoft.activity";

    public static async Task<(JObject? Activity, IReadOnlyList<UploadedFile> Files, IResult? Error)> ReadAsync(HttpRequest request, DirectLineOptions limits, CancellationToken cancellationToken)
    {
        var files = new List<UploadedFile>();
        JObject? activity = null;
        try
        {
            if (MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) && mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            {
                var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
                if (string.IsNullOrEmpty(boundary))
                {
                    return (null, files, Bad("The multipart body has no boundary."));
                }

                var reader = new MultipartReader(boundary, request.Body) { HeadersCountLimit = 16, HeadersLengthLimit = 16 * 1024, BodyLengthLimit = limits.MaxUploadBytes };
                long total = 0;
                MultipartSection? section;
                while ((section = await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false)) is not null)
                {
                    var disposition = ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var parsed) ? parsed : null;
                    var field = HeaderUtilities.RemoveQuotes(disposition?.Name ?? default).Value;
                    var type = section.ContentType ?? "application/octet-stream";
                    var content = await ReadLimitedAsync(section.Body, limits.MaxUploadFileBytes, cancellationToken).ConfigureAwait(false);
                    if (content is null)
                    {
                        return (null, files, DirectLineEndpoints.TooLarge($"A file may hold at most {limits.MaxUploadFileBytes} bytes."));
                    }

                    total += content.Length;
                    if (total > limits.MaxUploadBytes)
                    {
                        return (null, files, DirectLineEndpoints.TooLarge($"An upload may hold at most {limits.MaxUploadBytes} bytes."));
                    }

                    if (string.Equals(field, "activity", StringComparison.OrdinalIgnoreCase) || type.StartsWith(ActivityContentType, StringComparison.OrdinalIgnoreCase))
                    {
                        if (activity is not null)
                        {
                            return (null, files, Bad("An upload carries at most one activity part."));
                        }

                        if (content.Length > limits.MaxActivityBytes)
                        {
                            return (null, files, DirectLineEndpoints.TooLarge($"The activity part may hold at most {limits.MaxActivityBytes} bytes."));
                        }

                        activity = DirectLineRequestBody.ParseObject(content);
                        if (activity is null)
                        {
                            return (null, files, Bad("The activity part is not a JSON object."));
                        }

                        continue;
                    }

                    if (files.Count >= limits.MaxFilesPerUpload)
                    {
                        return (null, files, DirectLineErrors.Result(StatusCodes.Status413PayloadTooLarge, DirectLineErrors.TooLarge, $"An upload may carry at most {limits.MaxFilesPerUpload} files."));
                    }

                    var name = FileName(disposition);
                    if (Refused(type, limits) is { } refusal)
                    {
                        return (null, files, refusal);
                    }

                    files.Add(new UploadedFile(name, Clean(type), content));
                }
            }
            else
            {
                // A single file as the raw body.
                var type = request.ContentType ?? "application/octet-stream";
                if (Refused(type, limits) is { } refusal)
                {
                    return (null, files, refusal);
                }

                var disposition = ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var parsed) ? parsed : null;
                var content = await ReadLimitedAsync(request.Body, limits.MaxUploadFileBytes, cancellationToken).ConfigureAwait(false);
                if (content is null)
                {
                    return (null, files, DirectLineEndpoints.TooLarge($"A file may hold at most {limits.MaxUploadFileBytes} bytes."));
                }

                files.Add(new UploadedFile(FileName(disposition), Clean(type), content));
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, files, DirectLineEndpoints.TooLarge($"An upload may hold at most {limits.MaxUploadBytes} bytes."));
        }
        catch (InvalidDataException)
        {
            return (null, files, Bad("The multipart body is malformed or its parts are too large."));
        }
        catch (IOException) when (!cancellationToken.IsCancellationRequested)
        {
            // The multipart reader's word for a body that ends before its closing boundary.
            return (null, files, Bad("The multipart body ends before its closing boundary."));
        }

        if (files.Count == 0)
        {
            return (null, files, Bad("The upload holds no file."));
        }

        return (activity, files, null);
    }

    private static async Task<byte[]?> ReadLimitedAsync(Stream body, long max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string? FileName(ContentDispositionHeaderValue? disposition)
    {
        var raw = HeaderUtilities.RemoveQuotes(disposition?.FileNameStar ?? default).Value
            ?? HeaderUtilities.RemoveQuotes(disposition?.FileName ?? default).Value;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var name = raw.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return name.Length == 0 ? null : name.Length > 200 ? name[..200] : name;
    }

    private static string Clean(string type)
    {
        var semicolon = type.IndexOf(';', StringComparison.Ordinal);
        return (semicolon >= 0 ? type[..semicolon] : type).Trim().ToLowerInvariant();
    }

    private static IResult? Refused(string type, DirectLineOptions limits)
    {
        var clean = Clean(type);
        IEnumerable<string> allowed = limits.UploadContentTypes.Count > 0 ? limits.UploadContentTypes : DirectLineOptions.DefaultUploadContentTypes;
        var ok = allowed.Any(a => a.EndsWith("/*", StringComparison.Ordinal)
            ? clean.StartsWith(a[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(a, clean, StringComparison.OrdinalIgnoreCase));
        return ok ? null : DirectLineErrors.Result(StatusCodes.Status415UnsupportedMediaType, DirectLineErrors.UnsupportedMediaType, $"Files of type {clean} are not accepted.");
    }

    private static IResult Bad(string message) => DirectLineErrors.Result(StatusCodes.Status400BadRequest, DirectLineErrors.BadArgument, message);
}
