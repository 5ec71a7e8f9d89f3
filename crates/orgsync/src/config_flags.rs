//! Configuration flags shared by the commands that talk to AWS (`sync`,
//! `check`, `tree --live`): `--config FILE` and one flag per non-secret key.
