namespace ComplaintBot.Bot.DirectLine;

/// <summary>
/// Gives the bare 404 and 405 of routing (no such route, wrong method) the channel's <c>ErrorResponse</c> body, so
/// that every refusal under the channel's paths reads the same to a client.
/// </summary>
internal static class DirectLineStatusBodies
{
    public static async Task AddErrorBodyAsync(HttpContext context, RequestDelegate next)
    {
        await next(context).ConfigureAwait(false);
        var response = context.Response;
        if (response.HasStarted || HttpMethods.IsHead(context.Request.Method) || !DirectLineSetup.IsChannel(context.Request.Path))
        {
            return;
        }

        switch (response.StatusCode)
        {
            case StatusCodes.Status404NotFound:
                await DirectLineErrors.WriteAsync(context, StatusCodes.Status404NotFound, DirectLineErrors.NotFound, "No such route.", context.RequestAborted).ConfigureAwait(false);
                break;
            case StatusCodes.Status405MethodNotAllowed:
                await DirectLineErrors.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, DirectLineErrors.MethodNotAllowed, "This route does not take " + context.Request.Method + ".", context.RequestAborted).ConfigureAwait(false);
                break;
        }
    }
}
