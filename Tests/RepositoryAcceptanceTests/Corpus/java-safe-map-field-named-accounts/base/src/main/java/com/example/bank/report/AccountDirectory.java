package com.example.bank.report;

import com.example.bank.account.Account;
import java.util.HashMap;
import java.util.Map;

public class AccountDirectory {
    private final Map<Long, Account> accounts = new HashMap<>();

    public void register(Account account) {
        accounts.put(account.getId(), account);
    }
}
