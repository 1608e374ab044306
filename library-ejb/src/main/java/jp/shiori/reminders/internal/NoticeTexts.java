package jp.shiori.reminders.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import jp.shiori.branch.BranchView;
import jp.shiori.circulation.LoanView;
import jp.shiori.circulation.RenewalRefusal;
import jp.shiori.reminders.NoticeKind;

/** The lines the notices list: loans with their due dates and renewal answer, branches with their phones. */
final class NoticeTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日（E）", Locale.JAPANESE);

    private NoticeTexts() {}

    static String date(LocalDate day) {
        return DATE.format(day);
    }

    static String loanLines(List<LoanView> loans, NoticeKind kind, LocalDate today, String publicUrl) {
        StringBuilder out = new StringBuilder();
        for (LoanView loan : loans) {
            out.append("・").append(loan.title()).append("\n");
            out.append("　返却期限：").append(date(loan.dueOn()));
            if (kind != NoticeKind.DUE_SOON) {
                out.append("（")
                        .append(ChronoUnit.DAYS.between(loan.dueOn(), today))
                        .append("日経過）");
            }
            out.append("\n");
            if (loan.renewable()) {
                out.append("　延長できます（新しい返却期限：")
                        .append(date(loan.renewalDueOn()))
                        .append("）：")
                        .append(publicUrl)
                        .append("my/?renew=")
                        .append(loan.id())
                        .append("\n");
            } else {
                out.append("　延長できません（")
                        .append(reason(loan.renewalRefusals().get(0)))
                        .append("）");
                out.append(loan.branchPhone() == null ? "" : "　お問い合わせ：" + loan.branchPhone());
                out.append("\n");
            }
            out.append("　所蔵館：").append(loan.branchName().in(Locale.JAPANESE)).append("\n");
        }
        return out.toString().stripTrailing();
    }

    static String branchLines(List<BranchView> branches) {
        StringBuilder out = new StringBuilder();
        for (BranchView branch : branches) {
            if (branch.phone() == null || branch.phone().isBlank()) {
                continue;
            }
            out.append("・")
                    .append(branch.name().in(Locale.JAPANESE))
                    .append("　")
                    .append(branch.phone())
                    .append("\n");
        }
        return out.toString().stripTrailing();
    }

    private static String reason(RenewalRefusal refusal) {
        return switch (refusal) {
            case ALREADY_RENEWED -> "延長は1回までです";
            case HELD_BY_ANOTHER -> "ほかの方が予約しています";
            case OVERDUE -> "返却期限を過ぎています。窓口かお電話で手続きをお願いします";
            case CARD_EXPIRED -> "利用者カードの更新日を過ぎています。窓口で更新してください";
            case PATRON_BLOCKED, RETURNED -> "窓口でご確認ください";
        };
    }
}
