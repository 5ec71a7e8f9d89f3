//! An AWS-compatible emulator of Organizations, STS, Account and IAM
//! (ListAccountAliases), served over real HTTP on loopback.
