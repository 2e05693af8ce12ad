//! `saq fill` end to end: refused without a terminal; driven in a pseudo-terminal otherwise.

use crate::support::{code, init_mini, mini, redact, saq_in, transcript};

#[test]
fn without_a_terminal_fill_stops_at_once_and_points_to_the_file_workflow() {
    let dir = tempfile::tempdir().unwrap();
    init_mini(dir.path());
    let output = saq_in(dir.path(), &["fill", "-q", &mini(), "answers.yaml"]);
    assert_eq!(code(&output), 2, "{}", transcript(&output));
    insta::assert_snapshot!(redact(&transcript(&output)));
}

#[cfg(unix)]
mod pty {
    use std::path::Path;
    use std::process::Command;

    use rexpect::process::WaitStatus;
    use rexpect::session::{PtySession, spawn_command};

    use crate::support::{answer, code, init_mini, mini, saq, saq_in, transcript};

    fn fill(dir: &Path, extra: &[&str]) -> PtySession {
        let mut command = Command::new(env!("CARGO_BIN_EXE_saq"));
        command
            .args(["fill", "-q", &mini(), "answers.yaml"])
            .args(extra)
            .current_dir(dir)
            .env("NO_COLOR", "1")
            .env_remove("VISUAL")
            .env_remove("EDITOR");
        spawn_command(command, Some(20_000)).expect("saq fill starts in a pseudo-terminal")
    }

    fn exits_with_0(session: &mut PtySession) {
        session.exp_eof().unwrap();
        match session.process().wait().unwrap() {
            WaitStatus::Exited(_, 0) => {}
            other => panic!("saq fill ended with {other:?}"),
        }
    }

    fn validate(dir: &Path) {
        let path = dir.join("answers.yaml");
        let output = saq(&["validate", "-q", &mini(), path.to_str().unwrap()]);
        assert_eq!(code(&output), 0, "{}", transcript(&output));
    }

    #[test]
    fn answers_typed_in_a_terminal_are_saved_and_the_next_run_resumes() {
        let dir = tempfile::tempdir().unwrap();
        let path = init_mini(dir.path());
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.push_str("# a note of my own\n");
        std::fs::write(&path, &text).unwrap();

        let mut session = fill(dir.path(), &[]);
        session
            .exp_string("Is there a firearms manufacturing industry?")
            .unwrap();
        session.exp_string("Number (Enter skips): ").unwrap();
        session.send_line("1").unwrap();
        // The first save rewrites the file: the note goes to a backup copy, and that is said.
        session
            .exp_string("1 comment line of your own is kept in answers.yaml.bak")
            .unwrap();
        session
            .exp_string("Has your country established the offences?")
            .unwrap();
        session.exp_string("Number (Enter skips): ").unwrap();
        session.send_line("2").unwrap();
        session.exp_string("Measure 1: title").unwrap();
        session.send_line("Penal Code").unwrap();
        session.exp_string("article or section").unwrap();
        session.send_line("section 12").unwrap();
        session.exp_string("link").unwrap();
        session.send_line("").unwrap();
        session.exp_string("Measure 2: title").unwrap();
        session.send_line("/quit").unwrap();
        session
            .exp_string("Saved answers.yaml: 3 of 9 applicable questions answered")
            .unwrap();
        exits_with_0(&mut session);
        validate(dir.path());
        assert_eq!(
            std::fs::read_to_string(dir.path().join("answers.yaml.bak")).unwrap(),
            text
        );
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("  profile_industry: \"yes\"\n"), "{text}");
        assert!(text.contains("  q_1_1: partly\n"), "{text}");
        assert!(
            text.contains("    - title: Penal Code\n      article: section 12\n"),
            "{text}"
        );

        // The next run starts at the first unanswered question; the answers skipped by
        // conditions are announced.
        let mut session = fill(dir.path(), &[]);
        session
            .exp_string("Resuming at the first unanswered question, q_1_1_cases")
            .unwrap();
        session.exp_string("Number (Enter skips): ").unwrap();
        session.send_line("/back").unwrap();
        session
            .exp_string("Answer on file: 1 measure cited")
            .unwrap();
        session.send_line("").unwrap();
        session
            .exp_string("How many cases were prosecuted last year?")
            .unwrap();
        session.send_line("/unknown").unwrap();
        session.exp_string("Why is it not known? ").unwrap();
        session
            .send_line("the courts publish no statistics")
            .unwrap();
        session
            .exp_string("Has your country considered further offences?")
            .unwrap();
        session.send_line("/na not debated yet").unwrap();
        session
            .exp_string("Does your law require marking?")
            .unwrap();
        session.send_line("/back").unwrap();
        session
            .exp_string("Answer on file: not applicable: not debated yet")
            .unwrap();
        session.send_line("/back").unwrap();
        session.send_line("/back").unwrap();
        session.send_line("/back").unwrap();
        session.exp_string("Answer on file: Yes, in part").unwrap();
        // "No" closes the follow-ups: their answers are kept aside, and said so.
        session.send_line("3").unwrap();
        session.exp_string("Kept aside, not deleted").unwrap();
        session.exp_string("Skipping q_1_1_measures").unwrap();
        session
            .exp_string("Has your country considered further offences?")
            .unwrap();
        session.send_line("").unwrap();
        session
            .exp_string("Does your law require marking?")
            .unwrap();
        session.send_line("/q").unwrap();
        exits_with_0(&mut session);
        validate(dir.path());
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("\ninactive:\n"), "{text}");
        assert!(
            text.contains("  q_1_1_cases:\n    unknown: the courts publish no statistics\n"),
            "{text}"
        );
    }

    /// `text` as rexpect sees it: it reads the terminal byte by byte, each byte one `char`.
    fn as_read(text: &str) -> String {
        text.bytes().map(char::from).collect()
    }

    /// Answers written in French (`language: fr`): the interview speaks French, though the
    /// questionnaire has no French translation and its questions stay in English.
    #[test]
    fn the_interview_speaks_the_language_of_the_answers() {
        let dir = tempfile::tempdir().unwrap();
        let path = init_mini(dir.path());
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("\nstatus: draft\n"), "{text}");
        let text = text.replacen("\nstatus: draft\n", "\nlanguage: fr\nstatus: draft\n", 1)
            + "# a note of my own\n";
        std::fs::write(&path, &text).unwrap();

        let mut session = fill(dir.path(), &[]);
        session
            .exp_string("Is there a firearms manufacturing industry? (profile_industry, ")
            .unwrap();
        let prompt = as_read("Numéro (Entrée pour passer)\u{202f}: ");
        session.exp_string(&prompt).unwrap();
        session.send_line("/help").unwrap();
        session
            .exp_string(&as_read(
                "Commandes, utilisables à chaque question\u{202f}:",
            ))
            .unwrap();
        session
            .exp_string(&as_read("  /na MOTIF       la question ne s'applique pas"))
            .unwrap();
        session.exp_string(&prompt).unwrap();
        session.send_line("7").unwrap();
        session
            .exp_string(&as_read("Saisissez un numéro de 1 à 2, ou /help."))
            .unwrap();
        session.send_line("1").unwrap();
        // The first save keeps the note in a backup copy, and says so (in the words of `saq
        // submit`'s catalog, cli.ftl).
        session.exp_string("answers.yaml.bak").unwrap();
        session
            .exp_string("Has your country established the offences?")
            .unwrap();
        session.exp_string(&prompt).unwrap();
        session.send_line("/quit").unwrap();
        session
            .exp_string(&as_read(
                "answers.yaml enregistré. Réponses\u{202f}: 1 sur 7 questions applicables, dont 1 sur 3 questions obligatoires.",
            ))
            .unwrap();
        session
            .exp_string(&as_read("Étape suivante\u{202f}: `saq fill answers.yaml"))
            .unwrap();
        exits_with_0(&mut session);
        validate(dir.path());
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("\nlanguage: fr\n"), "{text}");
        assert!(text.contains("  profile_industry: \"yes\"\n"), "{text}");
    }

    #[test]
    fn a_submitted_set_and_an_unknown_question_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = init_mini(dir.path());
        let mut session = fill(dir.path(), &["--from", "q_9_9"]);
        session
            .exp_string("`q_9_9` is not a question of this questionnaire")
            .unwrap();
        session.exp_eof().unwrap();
        assert!(matches!(
            session.process().wait().unwrap(),
            WaitStatus::Exited(_, 2)
        ));

        answer(&path, "profile_industry", "\"no\"");
        answer(&path, "q_1_1", "\"no\"");
        let output = saq_in(dir.path(), &["submit", "-q", &mini(), "answers.yaml"]);
        assert_eq!(code(&output), 0, "{}", transcript(&output));
        let mut session = fill(dir.path(), &[]);
        session.exp_string("answers.yaml is submitted").unwrap();
        session.exp_eof().unwrap();
        assert!(matches!(
            session.process().wait().unwrap(),
            WaitStatus::Exited(_, 1)
        ));
    }

    #[test]
    fn a_backup_that_cannot_be_written_is_one_error_with_its_own_advice() {
        let dir = tempfile::tempdir().unwrap();
        let path = init_mini(dir.path());
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.push_str("# a note of my own\n");
        std::fs::write(&path, &text).unwrap();
        // Every backup name is taken: the first save, which must keep the note, cannot.
        for n in 1..=99 {
            let suffix = if n == 1 { String::new() } else { n.to_string() };
            std::fs::write(dir.path().join(format!("answers.yaml.bak{suffix}")), "").unwrap();
        }
        let mut session = fill(dir.path(), &[]);
        session.exp_string("Number (Enter skips): ").unwrap();
        session.send_line("1").unwrap();
        let (said, _) = session.exp_eof().map(|rest| (rest, ())).unwrap();
        assert!(matches!(
            session.process().wait().unwrap(),
            WaitStatus::Exited(_, 2)
        ));
        assert_eq!(said.matches("error").count(), 1, "{said}");
        assert!(
            said.contains("error: answers.yaml has 99 backup copies already"),
            "{said}"
        );
        assert!(said.contains("remove old backup copies"), "{said}");
        assert!(!said.contains("free some space"), "{said}");
        // Nothing was changed.
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    }

    #[test]
    fn a_second_fill_of_one_file_is_refused_while_the_first_runs() {
        let dir = tempfile::tempdir().unwrap();
        let path = init_mini(dir.path());
        let mut first = fill(dir.path(), &[]);
        first.exp_string("Number (Enter skips): ").unwrap();
        first.send_line("1").unwrap();
        first
            .exp_string("Has your country established the offences?")
            .unwrap();

        let mut second = fill(dir.path(), &[]);
        let (said, _) = second.exp_eof().map(|rest| (rest, ())).unwrap();
        assert!(matches!(
            second.process().wait().unwrap(),
            WaitStatus::Exited(_, 2)
        ));
        assert!(
            said.contains("answers.yaml is being filled in by another saq fill"),
            "{said}"
        );
        assert!(said.contains("finish or stop the other"), "{said}");
        assert!(!said.contains("Is there a firearms"), "{said}");

        // The first goes on, and its answers are all there.
        first.exp_string("Number (Enter skips): ").unwrap();
        first.send_line("/quit").unwrap();
        exits_with_0(&mut first);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("  profile_industry: \"yes\"\n"), "{text}");
        assert!(!dir.path().join(".answers.yaml.lock").exists());
        // Once it has ended, the file can be filled again.
        let mut third = fill(dir.path(), &[]);
        third
            .exp_string("Has your country established the offences?")
            .unwrap();
        third.send_line("/quit").unwrap();
        exits_with_0(&mut third);
    }

    #[test]
    fn a_file_saved_by_an_editor_during_the_interview_is_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = init_mini(dir.path());
        let mut session = fill(dir.path(), &[]);
        session.exp_string("Number (Enter skips): ").unwrap();
        session.send_line("1").unwrap();
        session
            .exp_string("Has your country established the offences?")
            .unwrap();
        session.exp_string("Number (Enter skips): ").unwrap();
        // An editor saves the file meanwhile, with an answer of its own.
        answer(&path, "q_1_1", "\"no\"");
        let edited = std::fs::read_to_string(&path).unwrap();
        session.send_line("1").unwrap();
        let (said, _) = session.exp_eof().map(|rest| (rest, ())).unwrap();
        assert!(matches!(
            session.process().wait().unwrap(),
            WaitStatus::Exited(_, 2)
        ));
        assert!(
            said.contains("answers.yaml was changed by another program"),
            "{said}"
        );
        // The advice carries the questionnaire folder given, so it works as printed.
        assert!(
            said.contains(&format!(
                "run `saq fill answers.yaml --questionnaire {}` again",
                mini()
            )),
            "{said}"
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap(), edited);
        validate(dir.path());
    }
}
