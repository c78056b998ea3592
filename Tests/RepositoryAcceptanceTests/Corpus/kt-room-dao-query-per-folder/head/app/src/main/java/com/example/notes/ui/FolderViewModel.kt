package com.example.notes.ui

import com.example.notes.data.Folder
import com.example.notes.data.NoteDao

class FolderViewModel(private val noteDao: NoteDao) {
    suspend fun counts(folders: List<Folder>): Map<Long, Int> {
        val counts = mutableMapOf<Long, Int>()
        for (folder in folders) {
            counts[folder.id] = noteDao.notesIn(folder.id).size
        }
        return counts
    }
}
