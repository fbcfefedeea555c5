using System.Collections.Frozen;
using System.Text;

namespace ComplaintBot.Dialogs.Interruptions;

/// <summary>
/// Recognizes interruption commands. Only a whole message counts ("帮助", "help please", "返回上一步"): an
/// answer that merely contains such a word ("the status page says shipped", "取消订单后卖家不退款") is an answer.
/// Both languages are understood whatever the conversation's language is.
/// </summary>
public static class InterruptionRecognizer
{
    private static readonly FrozenDictionary<string, Interruption> Phrases = Build();

    /// <summary>Recognizes the command a message stands for.</summary>
    /// <param name="text">The message text; null for card submits and file-only messages.</param>
    /// <returns>The command, or <see cref="Interruption.None"/>.</returns>
    public static Interruption Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return Interruption.None;
        }

        return Phrases.TryGetValue(Normalize(text), out var interruption) ? interruption : Interruption.None;
    }

    /// <summary>Folds width and case and drops spaces and punctuation, so "Help!", "ｈｅｌｐ" and "帮助。" read alike.</summary>
    /// <param name="text">The raw text.</param>
    /// <returns>The folded text.</returns>
    internal static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static FrozenDictionary<string, Interruption> Build()
    {
        var phrases = new Dictionary<string, Interruption>(StringComparer.Ordinal);
        void Add(Interruption interruption, params string[] texts)
        {
            foreach (var text in texts)
            {
                phrases[Normalize(text)] = interruption;
            }
        }

        Add(Interruption.Help, "帮助", "求助", "帮帮我", "怎么用", "说明", "使用说明", "这是什么意思", "什么意思", "help", "help me", "help please", "what do you mean", "how does this work");
        Add(Interruption.Cancel, "取消", "取消投诉", "不投诉了", "放弃", "退出", "cancel", "quit", "stop", "exit", "cancel complaint");
        Add(Interruption.Restart, "重新开始", "重来", "从头开始", "重新填写", "restart", "start over", "start again", "begin again");
        Add(Interruption.Back, "返回", "上一步", "返回上一步", "回到上一步", "后退", "上一个问题", "back", "go back", "previous", "previous question", "undo");
        Add(Interruption.Skip, "跳过", "跳过这个", "跳过这题", "下一个", "下一题", "skip", "skip it", "skip this", "next question");
        Add(Interruption.Status, "进度", "状态", "查看进度", "进展", "填到哪了", "status", "progress", "where are we", "show progress");

        // The Teams command 开始投诉 / start (and the welcome card's 「开始」): as a first message it simply opens the
        // interview; during one it shows where the draft stands and asks the pending question again, so a tap on
        // the command menu never throws away answers. Starting over stays 重新开始 / restart, with confirmation.
        Add(Interruption.Status, "开始投诉", "开始", "我要投诉", "新投诉", "start", "start complaint", "new complaint");
        Add(Interruption.SwitchToEnglish, "english", "english please", "in english", "speak english", "switch to english", "英文", "说英文", "用英文", "英语", "说英语", "用英语");
        Add(Interruption.SwitchToChinese, "中文", "说中文", "用中文", "请说中文", "切换中文", "chinese", "chinese please", "in chinese", "speak chinese", "switch to chinese");
        Add(Interruption.MyComplaints, "我的投诉", "查看我的投诉", "投诉记录", "my complaints", "show my complaints", "list my complaints");
        Add(Interruption.DeleteMyData, "删除我的数据", "删除我的信息", "删除数据", "delete my data", "delete my information", "forget me");
        return phrases.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
