//! The one state reducer of the app. Every user action is an [`Action`]; [`State::reduce`]
//! is the only place state changes. Nothing here is ever persisted.

use std::rc::Rc;

use yew::Reducible;

use crate::content::{INDICATORS, SCENARIOS, SELF_CHECK};
use crate::domain::assessment::{assess, visible, Answer, Assessment};
use crate::domain::locale::Locale;
use crate::domain::model::{IslandId, Theme};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Path {
    SelfCheck,
    Other,
    Training,
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Problem {
    NoIsland,
    NoPath,
    NoAnswer,
}

/// Training progress for one session (kept only in memory).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Training {
    /// Marks per item of the current scenario, in display order.
    pub marks: Vec<bool>,
    /// Whether feedback is shown for the current scenario.
    pub checked: bool,
    /// Scores of finished scenarios: (scenario, found, total, wrong).
    pub done: Vec<(usize, usize, usize, usize)>,
    /// Going through all scenarios in order.
    pub run_all: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub locale: Locale,
    pub island: Option<IslandId>,
    pub path: Option<Path>,
    /// Screens visited, last is current. Its length is the only thing put in `history.state`.
    pub trail: Vec<Screen>,
    /// Screens left by going back, for the browser's Forward button.
    pub future: Vec<Screen>,
    /// Self-check answers, in `SELF_CHECK` order.
    pub answers: Vec<Answer>,
    /// Professional checklist: ticked per indicator index.
    pub ticked: Vec<bool>,
    /// Professional checklist: "none of these" per theme.
    pub none: [bool; 7],
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
    /// Path fixed by an embed option (the start screen then skips the path choice).
    pub fixed_path: Option<Path>,
    /// The texts of a chosen language could not be loaded (the notice stays until a switch works).
    pub language_failed: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A language whose texts are loaded (`ui::packs`).
    SetLocale(Locale),
    /// The texts of a chosen language could not be loaded: keep the language, say so.
    LanguageFailed,
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

impl State {
    pub fn new(locale: Locale, island: Option<IslandId>, fixed_path: Option<Path>) -> State {
        State {
            locale,
            island,
            path: fixed_path,
            trail: vec![Screen::Start],
            future: Vec::new(),
            answers: vec![Answer::Unanswered; SELF_CHECK.len()],
            ticked: vec![false; INDICATORS.len()],
            none: [false; 7],
            training: Training::default(),
            problem: None,
            cleared: false,
            return_to_summary: false,
            dropped: 0,
            exiting: false,
            fixed_path,
            language_failed: false,
        }
    }

    /// Which self-check questions are shown for the current answers (branching).
    pub fn visible(&self) -> Vec<bool> {
        visible(&INDICATORS, &SELF_CHECK, &self.answers)
    }

    /// "Question n of total" for self-check question `q`: its place among the questions shown
    /// now, and how many are shown now (a "yes" can open more).
    pub fn question_position(&self, q: usize) -> (usize, usize) {
        let shown = self.visible();
        let n = shown.iter().take(q + 1).filter(|v| **v).count();
        (n.max(1), shown.iter().filter(|v| **v).count())
    }

    /// Whether a shown question with a "danger now" meaning was answered yes.
    pub fn danger_answered(&self) -> bool {
        let shown = self.visible();
        SELF_CHECK.iter().enumerate().any(|(q, &i)| {
            shown[q] && INDICATORS[i].danger_now && self.answers.get(q) == Some(&Answer::Yes)
        })
    }

    /// Drops the answers of questions that a change closed, and forgets Forward steps to them.
    fn drop_closed(&mut self) {
        let shown = self.visible();
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

    pub fn screen(&self) -> Screen {
        *self.trail.last().unwrap_or(&Screen::Start)
    }

    /// Themes of the professional checklist that have at least one indicator.
    pub fn themes() -> Vec<Theme> {
        Theme::ALL
            .into_iter()
            .filter(|t| INDICATORS.iter().any(|i| i.for_other && i.theme == *t))
            .collect()
    }

    /// The assessment for the current path's answers.
    pub fn assessment(&self) -> Assessment {
        let pairs: Vec<(usize, Answer)> = match self.path {
            Some(Path::Other) => self
                .ticked
                .iter()
                .enumerate()
                .filter(|(_, t)| **t)
                .map(|(i, _)| (i, Answer::Yes))
                .collect(),
            _ => SELF_CHECK
                .iter()
                .copied()
                .zip(self.answers.iter().copied())
                .collect(),
        };
        assess(&INDICATORS, &pairs)
    }

    fn go(&mut self, s: Screen) {
        self.problem = None;
        self.cleared = false;
        self.dropped = 0;
        self.future.clear();
        self.trail.push(s);
    }

    fn clear_answers(&mut self) {
        self.answers = vec![Answer::Unanswered; SELF_CHECK.len()];
        self.ticked = vec![false; INDICATORS.len()];
        self.none = [false; 7];
        self.training = Training::default();
        self.return_to_summary = false;
        self.dropped = 0;
    }

    fn scenario_items(i: usize) -> usize {
        SCENARIOS
            .get(i)
            .map(|s| s.signals.len() + s.distractors.len())
            .unwrap_or(0)
    }

    fn open_scenario(&mut self, i: usize) {
        self.training.marks = vec![false; Self::scenario_items(i)];
        self.training.checked = false;
        self.go(Screen::Scenario(i));
    }

    pub fn apply(&mut self, action: Action) {
        match action {
            Action::SetLocale(l) => {
                self.locale = l;
                self.language_failed = false;
            }
            Action::LanguageFailed => self.language_failed = true,
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
            Action::Begin => {
                if self.island.is_none() {
                    self.problem = Some(Problem::NoIsland);
                } else if self.path.is_none() {
                    self.problem = Some(Problem::NoPath);
                } else {
                    match self.path {
                        Some(Path::SelfCheck) => self.go(Screen::Safety),
                        Some(Path::Other) => self.go(Screen::Theme(0)),
                        _ => self.go(Screen::TrainingList),
                    }
                }
            }
            Action::StartQuestions => self.go(Screen::Question(0)),
            Action::Answer(q, a) => {
                if let Some(slot) = self.answers.get_mut(q) {
                    *slot = a;
                    self.problem = None;
                    self.drop_closed();
                }
            }
            Action::NextQuestion => {
                if let Screen::Question(q) = self.screen() {
                    if self.answers.get(q) == Some(&Answer::Unanswered) {
                        self.problem = Some(Problem::NoAnswer);
                    } else {
                        // The next shown question; after "change answer", only one still to answer
                        // (a change can open follow-ups), else straight back to the summary.
                        let shown = self.visible();
                        let review = self.return_to_summary;
                        let next = (q + 1..self.answers.len()).find(|&k| {
                            shown[k] && (!review || self.answers[k] == Answer::Unanswered)
                        });
                        match next {
                            Some(k) => self.go(Screen::Question(k)),
                            None => {
                                self.return_to_summary = false;
                                self.go(Screen::Summary);
                            }
                        }
                        self.return_to_summary = review && next.is_some();
                    }
                }
            }
            Action::ChangeAnswer(q) => {
                self.return_to_summary = true;
                self.go(Screen::Question(q));
            }
            Action::Tick(i, on) => {
                if let Some(slot) = self.ticked.get_mut(i) {
                    *slot = on;
                    if on {
                        self.none[INDICATORS[i].theme.index()] = false;
                    }
                }
            }
            Action::NoneOfThese(theme, on) => {
                self.none[theme.index()] = on;
                if on {
                    for (i, ind) in INDICATORS.iter().enumerate() {
                        if ind.theme == theme {
                            self.ticked[i] = false;
                        }
                    }
                }
            }
            Action::NextTheme => {
                if let Screen::Theme(t) = self.screen() {
                    if t + 1 >= Self::themes().len() {
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
                self.clear_answers();
                self.trail = vec![Screen::Start];
                self.future.clear();
                self.cleared = true;
                self.problem = None;
            }
            Action::OpenScenario(i) => {
                self.training.run_all = false;
                self.open_scenario(i)
            }
            Action::RunAll => {
                self.training.run_all = true;
                self.training.done.clear();
                self.open_scenario(0)
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
                    if !self.training.checked {
                        self.training.checked = true;
                        let items = crate::domain::training::interleave(
                            SCENARIOS[s].signals,
                            SCENARIOS[s].distractors.len(),
                        );
                        let marked: Vec<_> = items
                            .into_iter()
                            .zip(self.training.marks.iter().copied())
                            .collect();
                        let (found, total, wrong) = crate::domain::training::score(&marked);
                        self.training.done.retain(|d| d.0 != s);
                        self.training.done.push((s, found, total, wrong));
                    }
                }
            }
            Action::NextScenario => {
                if let Screen::Scenario(s) = self.screen() {
                    if self.training.run_all && s + 1 < SCENARIOS.len() {
                        self.open_scenario(s + 1);
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
            Action::Exit => {
                self.clear_answers();
                self.island = None;
                self.path = self.fixed_path;
                self.trail = vec![Screen::Start];
                self.future.clear();
                self.exiting = true;
            }
            Action::Restore => {
                let fresh = State::new(self.locale, None, self.fixed_path);
                *self = fresh;
            }
        }
    }
}

impl Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
