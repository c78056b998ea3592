package com.example.chat

class UserDirectory(users: List<ChatUser>) {
    private val byId = users.associateBy { it.id }

    fun loadUser(id: Long): ChatUser? = byId[id]
}

data class ChatUser(val id: Long, val name: String)
