package com.example.chat

class MessageRenderer(private val directory: UserDirectory) {
    fun render(messages: List<Message>): List<String> = messages.map { it.text }
}
