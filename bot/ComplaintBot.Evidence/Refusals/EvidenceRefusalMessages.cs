using System.Globalization;
using ComplaintBot.Domain.Localization;

namespace ComplaintBot.Evidence.Refusals;

/// <summary>
/// What the user is told for each refusal, in both languages. Each message says what went wrong and what to do
/// next; limits come from the configured options so the numbers are never stale.
/// </summary>
public sealed class EvidenceRefusalMessages
{
    private readonly EvidenceOptions options;

    /// <summary>Initializes a new instance of the <see cref="EvidenceRefusalMessages"/> class.</summary>
    /// <param name="options">The limits quoted in the messages.</param>
    public EvidenceRefusalMessages(EvidenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
    }

    /// <summary>Gets the message for a refusal code.</summary>
    /// <param name="code">One of <see cref="EvidenceRefusalCodes"/>.</param>
    /// <param name="locale">The user's language.</param>
    /// <returns>The message; an unknown code gets the general "could not be downloaded" wording.</returns>
    public string Get(string code, ComplaintLocale locale) => GetText(code).Get(locale);

    /// <summary>Gets the message for a refusal code in both languages.</summary>
    /// <param name="code">One of <see cref="EvidenceRefusalCodes"/>.</param>
    /// <returns>The Chinese and English text.</returns>
    public LocalizedText GetText(string code)
    {
        var fileMb = Megabytes(options.MaxFileBytes);
        var totalMb = Megabytes(options.MaxComplaintBytes);
        var files = options.MaxFilesPerComplaint.ToString(CultureInfo.InvariantCulture);
        var seconds = options.DownloadTimeoutSeconds.ToString(CultureInfo.InvariantCulture);
        return code switch
        {
            EvidenceRefusalCodes.TooLarge => new(
                $"这个文件超过 {fileMb} MB，请压缩后重新发送。",
                $"This file is larger than {fileMb} MB. Please compress it and send it again."),
            EvidenceRefusalCodes.TooManyFiles => new(
                $"每个投诉最多可以附 {files} 个文件，这个文件没有保存。已收到的文件都还在。",
                $"A complaint can have at most {files} files, so this one was not saved. The files already received are kept."),
            EvidenceRefusalCodes.TotalTooLarge => new(
                $"一个投诉的文件合计不能超过 {totalMb} MB，这个文件没有保存。请压缩后重新发送，或只发送最重要的文件。",
                $"All files of one complaint together may not exceed {totalMb} MB, so this one was not saved. Please compress it, or send only the most important files."),
            EvidenceRefusalCodes.TypeNotAllowed => new(
                "不支持这种文件类型。请发送图片（JPEG、PNG、GIF、WebP、HEIC）、PDF、视频（MP4、MOV）或纯文本文件。",
                "This file type is not supported. Please send a picture (JPEG, PNG, GIF, WebP, HEIC), a PDF, a video (MP4, MOV) or a plain text file."),
            EvidenceRefusalCodes.Disguised => new(
                "这个文件的内容与它的名称或类型不符（例如网页被命名为图片），因此没有保存。请发送原始文件。",
                "This file's content does not match its name or type (for example, a web page named like a picture), so it was not saved. Please send the original file."),
            EvidenceRefusalCodes.BlockedAddress => new(
                "出于安全原因，不能从这个地址下载文件。请直接在聊天中上传文件。",
                "For security reasons, files cannot be downloaded from this address. Please upload the file directly in the chat."),
            EvidenceRefusalCodes.Timeout => new(
                $"下载这个文件用了超过 {seconds} 秒，已停止。请稍后重新发送，或发送较小的文件。",
                $"Downloading this file took longer than {seconds} seconds and was stopped. Please try again later, or send a smaller file."),
            EvidenceRefusalCodes.Empty => new(
                "这个文件是空的，请重新发送。",
                "This file is empty. Please send it again."),
            EvidenceRefusalCodes.BadDataUri => new(
                "无法读取这个内嵌文件的数据，请以附件形式重新发送。",
                "The embedded file data could not be read. Please send the file again as an attachment."),
            EvidenceRefusalCodes.UnsupportedSource => new(
                "无法读取这个附件，请以图片或文件的形式上传。",
                "This attachment cannot be read. Please upload it as a picture or a file."),
            EvidenceRefusalCodes.StoreFailed => new(
                "文件已收到，但暂时无法保存。请稍后重新发送。",
                "The file arrived but could not be saved just now. Please send it again in a moment."),
            // Unreachable, and any code added later without its own wording.
            _ => new(
                "无法下载这个文件，链接可能已经过期。请重新发送。",
                "The file could not be downloaded; the link may have expired. Please send it again."),
        };
    }

    private static string Megabytes(long bytes)
    {
        var mb = bytes / (1024m * 1024m);
        return mb == decimal.Truncate(mb)
            ? mb.ToString("0", CultureInfo.InvariantCulture)
            : mb.ToString("0.#", CultureInfo.InvariantCulture);
    }
}
