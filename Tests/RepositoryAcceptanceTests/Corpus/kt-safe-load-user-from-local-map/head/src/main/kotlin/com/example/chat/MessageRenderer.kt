package com.example.chat

class MessageRenderer(private val directory: UserDirectory) {
    fun render(messages: List<Message>): List<String> {
        val lines = mutableListOf<String>()
        for (message in messages) {
            val author = directory.loadUser(message.authorId)?.name ?: "unknown"
            lines += "$author: ${message.text}"
        }
        return lines
    }
}
