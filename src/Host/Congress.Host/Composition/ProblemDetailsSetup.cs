using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Congress.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Host.Composition;

/// <summary>
/// Every error a client sees is a ProblemDetails with a title a person can read (Vietnamese): validation failures
/// list each field's message; malformed JSON says so; anything unexpected is a 500 without internals.
/// </summary>
internal static class ProblemDetailsSetup
{
    public static IServiceCollection AddCongressProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Instance ??= ctx.HttpContext.Request.Path;
            ctx.ProblemDetails.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier;
            ctx.ProblemDetails.Title = ctx.ProblemDetails.Status switch
            {
                StatusCodes.Status401Unauthorized when ctx.ProblemDetails.Title is null or "Unauthorized" => "Cần đăng nhập.",
                StatusCodes.Status403Forbidden when ctx.ProblemDetails.Title is null or "Forbidden" => "Bạn không có quyền thực hiện thao tác này.",
                StatusCodes.Status404NotFound when ctx.ProblemDetails.Title is null or "Not Found" => "Không tìm thấy.",
                StatusCodes.Status429TooManyRequests => "Quá nhiều lần thử; vui lòng đợi một phút.",
                _ => ctx.ProblemDetails.Title,
            };
        });
        services.AddExceptionHandler<CongressExceptionHandler>();
        return services;
    }

    private sealed class CongressExceptionHandler(IProblemDetailsService problems, ILogger<CongressExceptionHandler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
        {
            var problem = exception switch
            {
                ValidationException validation => new ValidationProblemDetails(
                    validation.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray()))
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = validation.Errors.First().ErrorMessage,
                },
                BadHttpRequestException bad => new ProblemDetails
                {
                    Status = bad.StatusCode,
                    Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Dữ liệu gửi lên quá lớn." : "Dữ liệu gửi lên không hợp lệ (sai định dạng JSON hoặc thiếu trường bắt buộc).",
                    Detail = bad.Message,
                },
                // A multipart/form body the form reader cannot parse (no boundary, truncated part, oversized header) in an
                // endpoint that reads the form itself: the client's mistake, whichever endpoint forgot to catch it.
                InvalidDataException when http.Request.HasFormContentType => new ProblemDetails
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "Biểu mẫu gửi lên sai định dạng hoặc bị cắt cụt.",
                    Detail = exception.Message,
                },
                DbUpdateException when StoreConflicts.ErrorFor(exception) is { } conflict => new ProblemDetails
                {
                    Status = StatusCodes.Status409Conflict,
                    Title = conflict.Message,
                    Extensions = { ["code"] = conflict.Code },
                },
                _ => null,
            };
            if (problem is null)
            {
                logger.LogError(exception, "Unhandled error on {Path}", http.Request.Path);
                problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "Lỗi hệ thống; vui lòng thử lại hoặc báo quản trị." };
            }
            http.Response.StatusCode = problem.Status!.Value;
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
        }
    }
}
