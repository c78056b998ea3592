package com.example.bank.transfer;

import com.example.bank.account.AccountRepository;
import java.util.List;

public class StatementBuilder {
    private final AccountRepository accounts;

    public StatementBuilder(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public List<String> lines(List<Long> ids) {
        return List.of();
    }
}
