using System.Net;
using Polly;
using Polly.Retry;

namespace Groundplan.Llm.Providers;

/// <summary>Retries HTTP requests that failed for a passing reason (429, 5xx, a dropped connection), honouring Retry-After, and counts every request.</summary>
/// <remarks>
/// Retrying at the HTTP layer, under both SDKs (whose own retries are switched off), gives one policy and one request
/// count for every provider, and sees the status and headers before an SDK turns them into its own exception type.
/// </remarks>
internal sealed class HttpRetryHandler : DelegatingHandler
{
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly LlmUsage _usage;

    public HttpRetryHandler(LlmClientOptions options, LlmUsage usage, Action<string>? notice, TimeProvider? time = null)
    {
        _usage = usage;
        var retry = new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = Math.Max(1, options.MaxRetries),
            BackoffType = DelayBackoffType.Exponential,
            Delay = options.RetryBaseDelay,
            MaxDelay = TimeSpan.FromMinutes(2),
            UseJitter = false,
            ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && IsTransient(args.Outcome)),
            DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
            OnRetry = args =>
            {
                var why = args.Outcome.Result is { } response ? $"HTTP {(int)response.StatusCode}" : args.Outcome.Exception?.GetType().Name ?? "failure";
                notice?.Invoke($"{why} from the model's server; retry {args.AttemptNumber + 1} of {options.MaxRetries} in {args.RetryDelay.TotalSeconds:0.#} s");
                args.Outcome.Result?.Dispose();
                return default;
            },
        };
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>().AddRetry(retry);
        if (time is not null)
        {
            builder.TimeProvider = time;
        }

        _pipeline = builder.Build();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // The body is sent again on a retry, so it must not be a one-shot stream.
        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken);
        }

        var attempt = 0;
        try
        {
            return await _pipeline.ExecuteAsync(
                async token =>
                {
                    _usage.AddRequest(isRetry: attempt++ > 0);
                    return await base.SendAsync(request, token);
                },
                cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            // Marked so the layers above do not retry again what was retried here already.
            e.Data[RetriedMarker] = true;
            throw;
        }
    }

    /// <summary>The key set in <see cref="Exception.Data"/> of a transport failure this handler has already retried.</summary>
    internal const string RetriedMarker = "Groundplan.Llm.Retried";

    /// <summary>True when <paramref name="e"/> or an exception inside it was retried by this handler.</summary>
    internal static bool WasRetried(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e.Data.Contains(RetriedMarker))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException } => true,
        { Exception: IOException } => true,
        { Result: { } response } => response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)response.StatusCode >= 500,
        _ => false,
    };

    // Retry-After comes as seconds or as an HTTP date; servers also send retry-after-ms (OpenAI) which is finer.
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        if (response is null)
        {
            return null;
        }

        if (response.Headers.TryGetValues("retry-after-ms", out var ms)
            && double.TryParse(ms.FirstOrDefault(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var milliseconds)
            && milliseconds >= 0)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date && response.Headers.Date is { } now)
        {
            var wait = date - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
