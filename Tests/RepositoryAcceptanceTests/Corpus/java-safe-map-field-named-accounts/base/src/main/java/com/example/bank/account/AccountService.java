package com.example.bank.account;

import org.springframework.stereotype.Service;

@Service
public class AccountService {
    private final AccountRepository accounts;

    public AccountService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public Account load(long id) {
        return accounts.findById(id).orElseThrow();
    }
}
