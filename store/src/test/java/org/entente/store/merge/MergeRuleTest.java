package org.entente.store.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.entente.event.ActorKind;
import org.entente.event.EventType;
import org.entente.event.Status;
import org.entente.store.event.DateSpan;
import org.junit.jupiter.api.Test;

class MergeRuleTest {

    static final Report.Party INDIA = new Report.Party(1, "IND", ActorKind.COUNTRY);
    static final Report.Party UAE = new Report.Party(2, "ARE", ActorKind.COUNTRY);
    static final Report.Party MEA = new Report.Party(3, "IND", ActorKind.GOV);
    static final Report.Party TRADE_MINISTRY = new Report.Party(4, "IND", ActorKind.GOV);

    static Report report(long article, Status status, String date, String published, Report.Party... parties) {
        return new Report(article * 10, article, EventType.MEET, status, List.of(parties), DateSpan.of(date),
                published == null ? null : LocalDate.parse(published), null);
    }

    @Test
    void sameActorsAndOverlappingDatesMergeInAnyOrder() {
        Report a = report(1, Status.DONE, "2015-09-03", "2015-09-04", INDIA, UAE);
        Report b = report(2, Status.DONE, "2015-09", "2015-09-05", UAE, INDIA);
        Optional<MergeRule.Match> m = MergeRule.match(b, a);
        assertTrue(m.isPresent());
        assertEquals("same type and status (MEET, done); same actors; overlapping dates", m.get().reason());
    }

    @Test
    void aCountryStandsForItsBodyButTwoBodiesDoNot() {
        Report a = report(1, Status.DONE, null, "2015-09-04", INDIA, UAE);
        Report b = report(2, Status.DONE, null, "2015-09-06", MEA, UAE);
        assertTrue(MergeRule.match(b, a).get().reason().contains("same countries (IND named as the country"));
        Report c = report(3, Status.DONE, null, "2015-09-06", TRADE_MINISTRY, UAE);
        assertEquals(Optional.empty(), MergeRule.match(c, b), "two ministries of India are two parties");
        assertEquals(Optional.empty(), MergeRule.match(report(4, Status.DONE, null, "2015-09-06", INDIA), a),
                "a different number of parties");
    }

    @Test
    void datesMustBeCompatible() {
        Report may = report(1, Status.PLANNED, "2020-05", "2020-05-18", INDIA, UAE);
        Report june = report(2, Status.PLANNED, "2020-06", "2020-05-18", INDIA, UAE);
        assertEquals(Optional.empty(), MergeRule.match(june, may), "different months");
        Report undatedNear = report(3, Status.PLANNED, null, "2020-05-20", INDIA, UAE);
        assertTrue(MergeRule.match(undatedNear, may).isPresent());
        Report undatedFar = report(4, Status.PLANNED, null, "2020-08-20", INDIA, UAE);
        assertEquals(Optional.empty(), MergeRule.match(undatedFar, may), "undated, article three months later");
        Report undatedUnpublished = report(5, Status.PLANNED, null, null, INDIA, UAE);
        assertEquals(Optional.empty(), MergeRule.match(undatedUnpublished, may));
        Report both = report(6, Status.PLANNED, null, "2020-05-01", INDIA, UAE);
        assertTrue(MergeRule.match(both, undatedNear).get().reason().contains("both undated, articles 19 days apart"));
    }

    @Test
    void differentStatusTypeOrSameArticleNeverMerge() {
        Report done = report(1, Status.DONE, "2020-05", "2020-05-18", INDIA, UAE);
        assertEquals(Optional.empty(), MergeRule.match(report(2, Status.PLANNED, "2020-05", "2020-05-18", INDIA, UAE),
                done));
        Report sameArticle = new Report(99, 1, EventType.MEET, Status.DONE, List.of(INDIA, UAE),
                DateSpan.of("2020-05"), LocalDate.parse("2020-05-18"), null);
        assertEquals(Optional.empty(), MergeRule.match(sameArticle, done));
        Report agree = new Report(98, 7, EventType.AGREE, Status.DONE, List.of(INDIA, UAE), DateSpan.of("2020-05"),
                LocalDate.parse("2020-05-18"), null);
        assertEquals(Optional.empty(), MergeRule.match(agree, done));
    }

    @Test
    void aPlanIsFulfilledByALaterDoneReportWithinTheWindow() {
        Report plan = report(1, Status.PLANNED, "2021-03", "2021-02-01", INDIA, UAE);
        Report done = report(2, Status.DONE, "2021-03-15", "2021-03-16", UAE, INDIA);
        Optional<String> why = FulfilmentRule.fulfils(plan, done);
        assertTrue(why.isPresent());
        assertTrue(why.get().startsWith("planned MEET announced 2021-02-01, reported done 2021-03-15 (42 days later)"),
                why.get());
        assertEquals(Optional.empty(), FulfilmentRule.fulfils(plan,
                report(3, Status.DONE, "2021-09-15", "2021-09-16", INDIA, UAE)), "past the 120-day window");
        assertEquals(Optional.empty(), FulfilmentRule.fulfils(plan,
                report(4, Status.DONE, "2021-01-15", "2021-02-03", INDIA, UAE)), "done before it was announced");
        assertEquals(Optional.empty(), FulfilmentRule.fulfils(plan,
                report(5, Status.DONE, "2021-02-01", "2021-02-01", INDIA, UAE)), "the same day's news: not later");
    }
}
