//! The session: every step a person takes in the app, as a state machine without any web type.
//! Each user action is an [`Action`]; [`Session::apply`] is the only place a session changes.
//! The content tables come in as [`Tables`], the way [`assess`] takes its indicators, so the
//! rules here are tested on small fixtures (and the UI passes the generated tables).
//! Nothing here is ever persisted.

use super::assessment::{assess, visible, Answer, Assessment};
use super::locale::Locale;
use super::model::{Indicator, IslandId, Scenario, Theme};
use super::training::{interleave, score, Score};

/// The content a session needs: the indicators, the self-check's questions (indices into
/// `indicators`, in display order) and the training scenarios.
#[derive(Clone, Copy)]
pub struct Tables<'a> {
    pub indicators: &'a [Indicator],
    pub self_check: &'a [usize],
    pub scenarios: &'a [Scenario],
}

impl Tables<'_> {
    /// Themes of the professional checklist that have at least one indicator, in order.
    pub fn themes(&self) -> Vec<Theme> {
        Theme::ALL
            .into_iter()
            .filter(|t| self.indicators.iter().any(|i| i.for_other && i.theme == *t))
            .collect()
    }

    /// How many statements scenario `i` shows (signals and distractors).
    fn scenario_items(&self, i: usize) -> usize {
        self.scenarios
            .get(i)
            .map(|s| s.signals.len() + s.distractors.len())
            .unwrap_or(0)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Path {
    SelfCheck,
    Other,
    Training,
}

impl Path {
    pub const ALL: [Path; 3] = [Path::SelfCheck, Path::Other, Path::Training];

    /// The value of the path's radio button on the start screen (and of the first paint).
    pub fn slug(self) -> &'static str {
        match self {
            Path::SelfCheck => "self",
            Path::Other => "other",
            Path::Training => "training",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Path> {
        Path::ALL.into_iter().find(|p| p.slug() == slug)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Screen {
    Start,
    Safety,
    Question(usize),
    Summary,
    Theme(usize),
    Confront,
    Result,
    TrainingList,
    Scenario(usize),
    TrainingSummary,
    Trainer,
    /// Printable handout: checklist, self-check questions and the island's contacts.
    Handout,
    /// "Get help now": the island's contacts without any question.
    Help,
    /// About, privacy or accessibility (from the footer).
    Info(Info),
}

/// The pages reached from the footer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Info {
    About,
    Privacy,
    Accessibility,
}

/// What the error summary of a step names (GOV.UK error summary): each is something missing.
#[allow(clippy::enum_variant_names)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Problem {
    NoIsland,
    NoPath,
    NoAnswer,
}

/// What the page that embeds the tool (or the query string) fixed before the person arrived.
/// A quick exit or a return from the back-forward cache starts over from these.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Presets {
    pub island: Option<IslandId>,
    /// With a fixed path the start screen skips the path choice.
    pub path: Option<Path>,
}

/// "Question n of total": a question's place among the questions shown now, and how many are
/// shown now (a "yes" can open more).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub n: usize,
    pub total: usize,
}

/// The score of one finished training scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Done {
    pub scenario: usize,
    pub score: Score,
}

/// Training progress for one session (kept only in memory).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Training {
    /// Marks per item of the current scenario, in display order.
    pub marks: Vec<bool>,
    /// Whether feedback is shown for the current scenario.
    pub checked: bool,
    /// Scores of finished scenarios, in the order they were checked.
    pub done: Vec<Done>,
    /// Going through all scenarios in order.
    pub run_all: bool,
}

impl Training {
    /// The score of scenario `s`, if it was checked.
    pub fn score_of(&self, s: usize) -> Option<Score> {
        self.done.iter().find(|d| d.scenario == s).map(|d| d.score)
    }

    /// All finished scenarios added up.
    pub fn total(&self) -> Score {
        self.done.iter().fold(Score::default(), |acc, d| Score {
            found: acc.found + d.score.found,
            total: acc.total + d.score.total,
            wrong: acc.wrong + d.score.wrong,
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub locale: Locale,
    pub island: Option<IslandId>,
    pub path: Option<Path>,
    /// Screens visited, last is current. Its length is the only thing put in `history.state`.
    pub trail: Vec<Screen>,
    /// Screens left by going back, for the browser's Forward button.
    pub future: Vec<Screen>,
    /// Self-check answers, in `Tables::self_check` order.
    pub answers: Vec<Answer>,
    /// Professional checklist: ticked per indicator index.
    pub ticked: Vec<bool>,
    /// Professional checklist: "none of these" per theme.
    pub none: [bool; Theme::COUNT],
    pub training: Training,
    pub problem: Option<Problem>,
    /// Set after "clear answers", to announce it.
    pub cleared: bool,
    /// A reviewed "change answer" returns to the summary.
    pub return_to_summary: bool,
    /// Answers removed by the last change because their questions no longer apply (announced once).
    pub dropped: usize,
    /// Quick exit in progress: the page is covered.
    pub exiting: bool,
    pub presets: Presets,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLocale(Locale),
    SetIsland(IslandId),
    ChoosePath(Path),
    /// "Continue" on the start screen.
    Begin,
    StartQuestions,
    Answer(usize, Answer),
    /// "Continue" on a question.
    NextQuestion,
    ChangeAnswer(usize),
    Tick(usize, bool),
    NoneOfThese(Theme, bool),
    NextTheme,
    ShowResult,
    /// Back one step (from the page or from the browser's Back button).
    Back,
    /// The browser moved to a history entry holding this step number.
    HistoryTo(usize),
    ClearAnswers,
    OpenScenario(usize),
    RunAll,
    Mark(usize, bool),
    CheckScenario,
    NextScenario,
    OpenTrainer,
    OpenHandout,
    TrainingSummary,
    /// "Get help now" on the start screen.
    GetHelp,
    /// A footer link.
    OpenInfo(Info),
    /// "Choose another story" on the training summary.
    OpenTrainingList,
    /// Quick exit: clear everything and cover the page.
    Exit,
    /// Back from the back-forward cache after an exit: a clean start.
    Restore,
}

impl Session {
    pub fn new(tables: &Tables, locale: Locale, presets: Presets) -> Session {
        Session {
            locale,
            island: presets.island,
            path: presets.path,
            trail: vec![Screen::Start],
            future: Vec::new(),
            answers: vec![Answer::Unanswered; tables.self_check.len()],
            ticked: vec![false; tables.indicators.len()],
            none: [false; Theme::COUNT],
            training: Training::default(),
            problem: None,
            cleared: false,
            return_to_summary: false,
            dropped: 0,
            exiting: false,
            presets,
        }
    }

    pub fn screen(&self) -> Screen {
        *self.trail.last().unwrap_or(&Screen::Start)
    }

    /// Which self-check questions are shown for the current answers (branching).
    pub fn visible(&self, tables: &Tables) -> Vec<bool> {
        visible(tables.indicators, tables.self_check, &self.answers)
    }

    /// Where self-check question `q` stands among the questions shown now.
    pub fn question_position(&self, tables: &Tables, q: usize) -> Position {
        let shown = self.visible(tables);
        let n = shown.iter().take(q + 1).filter(|v| **v).count();
        Position {
            n: n.max(1),
            total: shown.iter().filter(|v| **v).count(),
        }
    }

    /// Whether a shown question with a "danger now" meaning was answered yes.
    pub fn danger_answered(&self, tables: &Tables) -> bool {
        let shown = self.visible(tables);
        tables.self_check.iter().enumerate().any(|(q, &i)| {
            shown[q] && tables.indicators[i].danger_now && self.answers.get(q) == Some(&Answer::Yes)
        })
    }

    /// The assessment for the current path's answers.
    pub fn assessment(&self, tables: &Tables) -> Assessment {
        let pairs: Vec<(usize, Answer)> = match self.path {
            Some(Path::Other) => self
                .ticked
                .iter()
                .enumerate()
                .filter(|(_, t)| **t)
                .map(|(i, _)| (i, Answer::Yes))
                .collect(),
            _ => tables
                .self_check
                .iter()
                .copied()
                .zip(self.answers.iter().copied())
                .collect(),
        };
        assess(tables.indicators, &pairs)
    }

    /// Drops the answers of questions that a change closed, and forgets Forward steps to them.
    fn drop_closed(&mut self, tables: &Tables) {
        let shown = self.visible(tables);
        let mut dropped = 0;
        for (q, a) in self.answers.iter_mut().enumerate() {
            if !shown[q] && *a != Answer::Unanswered {
                *a = Answer::Unanswered;
                dropped += 1;
            }
        }
        self.future.retain(
            |s| !matches!(s, Screen::Question(q) if !shown.get(*q).copied().unwrap_or(false)),
        );
        self.dropped = dropped;
    }

    fn go(&mut self, s: Screen) {
        self.problem = None;
        self.cleared = false;
        self.dropped = 0;
        self.future.clear();
        self.trail.push(s);
    }

    fn clear_answers(&mut self, tables: &Tables) {
        self.answers = vec![Answer::Unanswered; tables.self_check.len()];
        self.ticked = vec![false; tables.indicators.len()];
        self.none = [false; Theme::COUNT];
        self.training = Training::default();
        self.return_to_summary = false;
        self.dropped = 0;
    }

    fn open_scenario(&mut self, tables: &Tables, i: usize) {
        self.training.marks = vec![false; tables.scenario_items(i)];
        self.training.checked = false;
        self.go(Screen::Scenario(i));
    }

    /// Scores the marks of scenario `s` (once; the marks are then locked).
    fn check_scenario(&mut self, tables: &Tables, s: usize) {
        let Some(scenario) = tables.scenarios.get(s) else {
            return;
        };
        if self.training.checked {
            return;
        }
        self.training.checked = true;
        let items = interleave(scenario.signals, scenario.distractors.len());
        let marked: Vec<_> = items
            .into_iter()
            .zip(self.training.marks.iter().copied())
            .collect();
        self.training.done.retain(|d| d.scenario != s);
        self.training.done.push(Done {
            scenario: s,
            score: score(&marked),
        });
    }

    /// "Continue" on question `q`: the next shown question; after "change answer" only one
    /// still to answer (a change can open follow-ups), else straight back to the summary.
    fn next_question(&mut self, tables: &Tables, q: usize) {
        if self.answers.get(q) == Some(&Answer::Unanswered) {
            self.problem = Some(Problem::NoAnswer);
            return;
        }
        let shown = self.visible(tables);
        let review = self.return_to_summary;
        let next = (q + 1..self.answers.len())
            .find(|&k| shown[k] && (!review || self.answers[k] == Answer::Unanswered));
        match next {
            Some(k) => self.go(Screen::Question(k)),
            None => self.go(Screen::Summary),
        }
        self.return_to_summary = review && next.is_some();
    }

    pub fn apply(&mut self, tables: &Tables, action: Action) {
        match action {
            Action::SetLocale(l) => self.locale = l,
            Action::SetIsland(i) => {
                self.island = Some(i);
                if self.problem == Some(Problem::NoIsland) {
                    self.problem = None;
                }
            }
            Action::ChoosePath(p) => {
                self.path = Some(p);
                if self.problem == Some(Problem::NoPath) {
                    self.problem = None;
                }
            }
            Action::Begin => match (self.island, self.path) {
                (None, _) => self.problem = Some(Problem::NoIsland),
                (_, None) => self.problem = Some(Problem::NoPath),
                (_, Some(Path::SelfCheck)) => self.go(Screen::Safety),
                (_, Some(Path::Other)) => self.go(Screen::Theme(0)),
                (_, Some(Path::Training)) => self.go(Screen::TrainingList),
            },
            Action::StartQuestions => self.go(Screen::Question(0)),
            Action::Answer(q, a) => {
                if let Some(slot) = self.answers.get_mut(q) {
                    *slot = a;
                    self.problem = None;
                    self.drop_closed(tables);
                }
            }
            Action::NextQuestion => {
                if let Screen::Question(q) = self.screen() {
                    self.next_question(tables, q);
                }
            }
            Action::ChangeAnswer(q) => {
                self.return_to_summary = true;
                self.go(Screen::Question(q));
            }
            Action::Tick(i, on) => {
                if let (Some(slot), Some(ind)) = (self.ticked.get_mut(i), tables.indicators.get(i))
                {
                    *slot = on;
                    if on {
                        self.none[ind.theme.index()] = false;
                    }
                }
            }
            Action::NoneOfThese(theme, on) => {
                self.none[theme.index()] = on;
                if on {
                    for (i, ind) in tables.indicators.iter().enumerate() {
                        if ind.theme == theme {
                            self.ticked[i] = false;
                        }
                    }
                }
            }
            Action::NextTheme => {
                if let Screen::Theme(t) = self.screen() {
                    if t + 1 >= tables.themes().len() {
                        self.go(Screen::Confront);
                    } else {
                        self.go(Screen::Theme(t + 1));
                    }
                }
            }
            Action::ShowResult => self.go(Screen::Result),
            Action::Back => {
                if self.trail.len() > 1 {
                    self.future.extend(self.trail.pop());
                    self.problem = None;
                    self.return_to_summary = false;
                }
            }
            Action::HistoryTo(n) => {
                let n = n.max(1);
                while n < self.trail.len() {
                    self.future.extend(self.trail.pop());
                }
                while n > self.trail.len() {
                    match self.future.pop() {
                        Some(s) => self.trail.push(s),
                        None => break,
                    }
                }
                self.problem = None;
                self.return_to_summary = false;
            }
            Action::ClearAnswers => {
                self.clear_answers(tables);
                self.trail = vec![Screen::Start];
                self.future.clear();
                self.cleared = true;
                self.problem = None;
            }
            Action::OpenScenario(i) => {
                self.training.run_all = false;
                self.open_scenario(tables, i)
            }
            Action::RunAll => {
                self.training.run_all = true;
                self.training.done.clear();
                self.open_scenario(tables, 0)
            }
            Action::Mark(i, on) => {
                if !self.training.checked {
                    if let Some(m) = self.training.marks.get_mut(i) {
                        *m = on;
                    }
                }
            }
            Action::CheckScenario => {
                if let Screen::Scenario(s) = self.screen() {
                    self.check_scenario(tables, s);
                }
            }
            Action::NextScenario => {
                if let Screen::Scenario(s) = self.screen() {
                    if self.training.run_all && s + 1 < tables.scenarios.len() {
                        self.open_scenario(tables, s + 1);
                    } else {
                        self.go(Screen::TrainingSummary);
                    }
                }
            }
            Action::OpenTrainer => self.go(Screen::Trainer),
            Action::OpenHandout => self.go(Screen::Handout),
            Action::TrainingSummary => self.go(Screen::TrainingSummary),
            Action::GetHelp => self.go(Screen::Help),
            Action::OpenTrainingList => self.go(Screen::TrainingList),
            Action::OpenInfo(i) => {
                if self.screen() != Screen::Info(i) {
                    self.go(Screen::Info(i))
                }
            }
            // Everything the person did is forgotten; what the embedding page fixed stays
            // (its island and its path), as on the first visit.
            Action::Exit => {
                *self = Session {
                    exiting: true,
                    ..Session::new(tables, self.locale, self.presets)
                };
            }
            Action::Restore => *self = Session::new(tables, self.locale, self.presets),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fixtures::*;

    /// Small content: a screening question that opens a danger follow-up, a plain question,
    /// two checklist themes and two training scenarios.
    mod fixtures {
        use super::super::super::assessment::Level;
        use super::super::super::model::*;
        use super::super::Tables;

        const fn text() -> IndicatorText {
            IndicatorText {
                question: "q",
                signal: "s",
                why: "w",
                why_other: "w",
            }
        }

        const fn w(
            dimension: Dimension,
            strength: Strength,
            source: &'static str,
        ) -> Option<Weight> {
            Some(Weight {
                dimension,
                strength,
                source,
            })
        }

        const fn ind(
            id: &'static str,
            d: Dimension,
            theme: Theme,
            screening: bool,
            danger_now: bool,
            opens: &'static [usize],
        ) -> Indicator {
            let s = Strength::Strong;
            Indicator {
                id,
                weights: [w(d, s, id), w(d, s, id), w(d, s, id), w(d, s, id)],
                forms: Forms(1),
                for_self: true,
                for_other: !screening,
                theme,
                danger_now,
                minor: false,
                age_unknown: false,
                screening,
                child_exploitation: false,
                opens,
                text: [text(), text(), text(), text(), text()],
            }
        }

        /// 0 opens 1 (danger now); 2 is always asked.
        pub static INDICATORS: [Indicator; 3] = [
            ind(
                "works",
                Dimension::DeceptiveRecruitment,
                Theme::ALL[0],
                true,
                false,
                &[1],
            ),
            ind(
                "threatened",
                Dimension::CoercionDestination,
                Theme::ALL[0],
                false,
                true,
                &[],
            ),
            ind(
                "unpaid",
                Dimension::ExploitativeConditions,
                Theme::ALL[1],
                false,
                false,
                &[],
            ),
        ];
        pub static SELF_CHECK: [usize; 3] = [0, 1, 2];

        const fn story() -> ScenarioText {
            ScenarioText {
                title: "t",
                story: "s",
            }
        }
        const fn distractor(id: &'static str) -> Distractor {
            Distractor { id, text: ["d"; 5] }
        }
        const fn scenario(
            id: &'static str,
            signals: &'static [usize],
            distractors: &'static [Distractor],
        ) -> Scenario {
            Scenario {
                id,
                island: IslandId::Aruba,
                form: Form::Labour,
                child: false,
                list: List::AdultLabour,
                level: Level::Exploitation,
                signals,
                distractors,
                text: [story(), story(), story(), story(), story()],
            }
        }
        pub static SCENARIOS: [Scenario; 2] = [
            scenario("one", &[1, 2], &[distractor("a")]),
            scenario("two", &[2], &[distractor("b")]),
        ];

        pub fn tables() -> Tables<'static> {
            Tables {
                indicators: &INDICATORS,
                self_check: &SELF_CHECK,
                scenarios: &SCENARIOS,
            }
        }
    }

    use Action::{
        Back, Begin, ChangeAnswer, CheckScenario, ChoosePath, ClearAnswers, Exit, HistoryTo, Mark,
        NextQuestion, NextScenario, NextTheme, NoneOfThese, OpenScenario, Restore, RunAll,
        SetIsland, SetLocale, StartQuestions, Tick,
    };
    use Answer::{No, NotSure, Unanswered, Yes};
    const AW: Option<IslandId> = Some(IslandId::Aruba);
    const CW: Option<IslandId> = Some(IslandId::Curacao);

    /// What a case expects of the session after its actions.
    #[derive(Debug)]
    enum Want {
        Screen(Screen),
        /// Steps in the trail (what `history.state` holds).
        Steps(usize),
        /// Steps the browser's Forward can bring back.
        Forward(usize),
        Island(Option<IslandId>),
        Path(Option<Path>),
        Locale(Locale),
        Answers([Answer; 3]),
        Ticked([bool; 3]),
        Problem(Option<Problem>),
        Exiting(bool),
        Cleared(bool),
        Dropped(usize),
        Danger(bool),
        Position(usize, Position),
        Done(&'static [(usize, usize, usize, usize)]),
    }

    struct Case {
        name: &'static str,
        presets: Presets,
        actions: Vec<Action>,
        want: Vec<Want>,
    }

    fn check(case: &Case, s: &Session, want: &Want) {
        let t = tables();
        let ok = match *want {
            Want::Screen(w) => s.screen() == w,
            Want::Steps(n) => s.trail.len() == n,
            Want::Forward(n) => s.future.len() == n,
            Want::Island(i) => s.island == i,
            Want::Path(p) => s.path == p,
            Want::Locale(l) => s.locale == l,
            Want::Answers(a) => s.answers == a,
            Want::Ticked(a) => s.ticked == a,
            Want::Problem(p) => s.problem == p,
            Want::Exiting(e) => s.exiting == e,
            Want::Cleared(c) => s.cleared == c,
            Want::Dropped(n) => s.dropped == n,
            Want::Danger(d) => s.danger_answered(&t) == d,
            Want::Position(q, p) => s.question_position(&t, q) == p,
            Want::Done(d) => {
                s.training
                    .done
                    .iter()
                    .map(|d| (d.scenario, d.score.found, d.score.total, d.score.wrong))
                    .collect::<Vec<_>>()
                    == d
            }
        };
        assert!(ok, "{}: want {want:?}, got {s:#?}", case.name);
    }

    const SELF: Presets = Presets {
        island: None,
        path: None,
    };
    /// An embed that fixes Aruba and the self-check.
    const EMBED: Presets = Presets {
        island: AW,
        path: Some(Path::SelfCheck),
    };

    /// Start → safety → first question, with an island and the self-check chosen.
    fn to_questions() -> Vec<Action> {
        vec![
            SetIsland(IslandId::Aruba),
            ChoosePath(Path::SelfCheck),
            Begin,
            StartQuestions,
        ]
    }

    fn with(mut first: Vec<Action>, rest: &[Action]) -> Vec<Action> {
        first.extend_from_slice(rest);
        first
    }

    fn cases() -> Vec<Case> {
        vec![
            Case {
                name: "continue without an island or a path names the problem",
                presets: SELF,
                actions: vec![Begin],
                want: vec![Want::Problem(Some(Problem::NoIsland)), Want::Steps(1)],
            },
            Case {
                name: "choosing the island clears its problem, the path is asked next",
                presets: SELF,
                actions: vec![Begin, SetIsland(IslandId::Aruba), Begin],
                want: vec![
                    Want::Problem(Some(Problem::NoPath)),
                    Want::Screen(Screen::Start),
                ],
            },
            Case {
                name: "continue without an answer names the problem and stays",
                presets: SELF,
                actions: with(to_questions(), &[NextQuestion]),
                want: vec![
                    Want::Problem(Some(Problem::NoAnswer)),
                    Want::Screen(Screen::Question(0)),
                ],
            },
            Case {
                name: "a no skips the closed follow-up",
                presets: SELF,
                actions: with(to_questions(), &[Action::Answer(0, No), NextQuestion]),
                want: vec![
                    Want::Screen(Screen::Question(2)),
                    Want::Position(2, Position { n: 2, total: 2 }),
                ],
            },
            Case {
                name: "a yes opens the follow-up and counts it",
                presets: SELF,
                actions: with(to_questions(), &[Action::Answer(0, Yes), NextQuestion]),
                want: vec![
                    Want::Screen(Screen::Question(1)),
                    Want::Position(1, Position { n: 2, total: 3 }),
                ],
            },
            Case {
                name: "a yes to a danger-now question is flagged",
                presets: SELF,
                actions: with(
                    to_questions(),
                    &[
                        Action::Answer(0, NotSure),
                        NextQuestion,
                        Action::Answer(1, Yes),
                    ],
                ),
                want: vec![Want::Danger(true)],
            },
            Case {
                name: "back and forward walk the trail and keep the answers",
                presets: SELF,
                actions: with(
                    to_questions(),
                    &[
                        Action::Answer(0, Yes),
                        NextQuestion,
                        Back,
                        Back,
                        HistoryTo(9),
                    ],
                ),
                want: vec![
                    Want::Screen(Screen::Question(1)),
                    Want::Steps(4),
                    Want::Forward(0),
                    Want::Answers([Yes, Unanswered, Unanswered]),
                ],
            },
            Case {
                name: "the browser's Back to an earlier entry leaves Forward entries",
                presets: SELF,
                actions: with(
                    to_questions(),
                    &[Action::Answer(0, No), NextQuestion, HistoryTo(2)],
                ),
                want: vec![
                    Want::Screen(Screen::Safety),
                    Want::Forward(2),
                    Want::Answers([No, Unanswered, Unanswered]),
                ],
            },
            Case {
                name: "Back on the start screen does nothing",
                presets: SELF,
                actions: vec![Back, HistoryTo(0)],
                want: vec![Want::Screen(Screen::Start), Want::Steps(1)],
            },
            Case {
                name: "a new step after going back forgets Forward",
                presets: SELF,
                actions: with(
                    to_questions(),
                    &[Action::Answer(0, No), NextQuestion, Back, NextQuestion],
                ),
                want: vec![Want::Screen(Screen::Question(2)), Want::Forward(0)],
            },
            Case {
                name: "changing an answer that closes a branch drops its answers and says so",
                presets: SELF,
                actions: with(
                    to_questions(),
                    &[
                        Action::Answer(0, Yes),
                        NextQuestion,
                        Action::Answer(1, Yes),
                        NextQuestion,
                        Action::Answer(2, No),
                        NextQuestion,
                        ChangeAnswer(0),
                        Action::Answer(0, No),
                    ],
                ),
                want: vec![
                    Want::Answers([No, Unanswered, No]),
                    Want::Dropped(1),
                    Want::Danger(false),
                ],
            },
            Case {
                name: "a reviewed change with nothing new to answer returns to the summary",
                presets: SELF,
                actions: with(
                    to_questions(),
                    &[
                        Action::Answer(0, No),
                        NextQuestion,
                        Action::Answer(2, No),
                        NextQuestion,
                        ChangeAnswer(2),
                        Action::Answer(2, Yes),
                        NextQuestion,
                    ],
                ),
                want: vec![
                    Want::Screen(Screen::Summary),
                    Want::Answers([No, Unanswered, Yes]),
                ],
            },
            Case {
                name: "a reviewed change that opens a branch asks only the new question",
                presets: SELF,
                actions: with(
                    to_questions(),
                    &[
                        Action::Answer(0, No),
                        NextQuestion,
                        Action::Answer(2, No),
                        NextQuestion,
                        ChangeAnswer(0),
                        Action::Answer(0, Yes),
                        NextQuestion,
                        Action::Answer(1, No),
                        NextQuestion,
                    ],
                ),
                want: vec![Want::Screen(Screen::Summary), Want::Answers([Yes, No, No])],
            },
            Case {
                name: "clear answers starts over and says so, island and language kept",
                presets: SELF,
                actions: with(
                    to_questions(),
                    &[SetLocale(Locale::Es), Action::Answer(0, Yes), ClearAnswers],
                ),
                want: vec![
                    Want::Screen(Screen::Start),
                    Want::Steps(1),
                    Want::Forward(0),
                    Want::Answers([Unanswered; 3]),
                    Want::Cleared(true),
                    Want::Island(AW),
                    Want::Locale(Locale::Es),
                ],
            },
            Case {
                name: "a language switch keeps the answers and the step",
                presets: SELF,
                actions: with(
                    to_questions(),
                    &[
                        Action::Answer(0, Yes),
                        NextQuestion,
                        SetLocale(Locale::PapAw),
                    ],
                ),
                want: vec![
                    Want::Locale(Locale::PapAw),
                    Want::Screen(Screen::Question(1)),
                    Want::Answers([Yes, Unanswered, Unanswered]),
                ],
            },
            Case {
                name: "an island switch keeps the answers and the step",
                presets: SELF,
                actions: with(
                    to_questions(),
                    &[
                        Action::Answer(0, Yes),
                        NextQuestion,
                        SetIsland(IslandId::Curacao),
                    ],
                ),
                want: vec![
                    Want::Island(CW),
                    Want::Screen(Screen::Question(1)),
                    Want::Answers([Yes, Unanswered, Unanswered]),
                ],
            },
            Case {
                name: "quick exit forgets everything and covers the page",
                presets: SELF,
                actions: with(
                    to_questions(),
                    &[SetLocale(Locale::Nl), Action::Answer(0, Yes), Exit],
                ),
                want: vec![
                    Want::Exiting(true),
                    Want::Screen(Screen::Start),
                    Want::Steps(1),
                    Want::Answers([Unanswered; 3]),
                    Want::Island(None),
                    Want::Path(None),
                    Want::Locale(Locale::Nl),
                ],
            },
            Case {
                name: "quick exit in an embed keeps the embed's island and path",
                presets: EMBED,
                actions: vec![
                    SetIsland(IslandId::Curacao),
                    Begin,
                    StartQuestions,
                    Action::Answer(0, Yes),
                    Exit,
                ],
                want: vec![
                    Want::Exiting(true),
                    Want::Island(AW),
                    Want::Path(Some(Path::SelfCheck)),
                    Want::Answers([Unanswered; 3]),
                ],
            },
            Case {
                name:
                    "a return from the back-forward cache uncovers a fresh start with the presets",
                presets: EMBED,
                actions: vec![Begin, StartQuestions, Action::Answer(0, Yes), Exit, Restore],
                want: vec![
                    Want::Exiting(false),
                    Want::Screen(Screen::Start),
                    Want::Island(AW),
                    Want::Path(Some(Path::SelfCheck)),
                    Want::Answers([Unanswered; 3]),
                ],
            },
            Case {
                name: "a preset island alone is kept after an exit, the path is asked again",
                presets: Presets {
                    island: CW,
                    path: None,
                },
                actions: vec![ChoosePath(Path::Other), Begin, Exit, Restore],
                want: vec![Want::Island(CW), Want::Path(None)],
            },
            Case {
                name: "the checklist: none of these unticks the theme, a tick undoes none",
                presets: SELF,
                actions: vec![
                    SetIsland(IslandId::Aruba),
                    ChoosePath(Path::Other),
                    Begin,
                    Tick(1, true),
                    Tick(2, true),
                    NoneOfThese(Theme::ALL[0], true),
                ],
                want: vec![
                    Want::Ticked([false, false, true]),
                    Want::Screen(Screen::Theme(0)),
                ],
            },
            Case {
                name: "the checklist walks its themes, then the confront note",
                presets: SELF,
                actions: vec![
                    SetIsland(IslandId::Aruba),
                    ChoosePath(Path::Other),
                    Begin,
                    NextTheme,
                    NextTheme,
                ],
                want: vec![Want::Screen(Screen::Confront), Want::Steps(4)],
            },
            Case {
                name: "training: marks are scored once, in display order",
                presets: SELF,
                actions: {
                    // Scenario 0 shows signals 1, 2 and one distractor: mark every item.
                    let n = interleave(&[1, 2], 1).len();
                    let mut a = vec![
                        SetIsland(IslandId::Aruba),
                        ChoosePath(Path::Training),
                        Begin,
                        OpenScenario(0),
                    ];
                    a.extend((0..n).map(|i| Mark(i, true)));
                    a.extend([CheckScenario, Mark(0, false), CheckScenario]);
                    a
                },
                want: vec![Want::Done(&[(0, 2, 2, 1)])],
            },
            Case {
                name: "training: run all goes through every scenario, then the summary",
                presets: SELF,
                actions: vec![
                    SetIsland(IslandId::Aruba),
                    ChoosePath(Path::Training),
                    Begin,
                    RunAll,
                    CheckScenario,
                    NextScenario,
                    CheckScenario,
                    NextScenario,
                ],
                want: vec![
                    Want::Screen(Screen::TrainingSummary),
                    Want::Done(&[(0, 0, 2, 0), (1, 0, 1, 0)]),
                ],
            },
            Case {
                name: "training: a scenario checked again replaces its score",
                presets: SELF,
                actions: vec![
                    SetIsland(IslandId::Aruba),
                    ChoosePath(Path::Training),
                    Begin,
                    OpenScenario(1),
                    CheckScenario,
                    Back,
                    OpenScenario(1),
                    Mark(0, true),
                    Mark(1, true),
                    CheckScenario,
                ],
                want: vec![Want::Done(&[(1, 1, 1, 1)])],
            },
        ]
    }

    #[test]
    fn action_sequences() {
        let t = tables();
        for case in cases() {
            let mut s = Session::new(&t, Locale::En, case.presets);
            for a in case.actions.clone() {
                s.apply(&t, a);
            }
            for want in &case.want {
                check(&case, &s, want);
            }
        }
    }

    #[test]
    fn path_slugs_round_trip() {
        for p in Path::ALL {
            assert_eq!(Path::from_slug(p.slug()), Some(p));
        }
        assert_eq!(Path::from_slug("Self"), None);
    }
}
